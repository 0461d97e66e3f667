package io.autocrm.channels.mail.outbound;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.SideMessageSentEvent;
import io.autocrm.platform.mail.MailOutbox;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Queues every public reply for mail to the ticket's requester, and every side message to its recipients. A subscribing processor (application.yml) runs this in
 * the reply's own transaction, and a failure here fails the reply: a reply is never committed without its mail, nor
 * a mail without its reply. Internal notes have no handler here, so they can never leave. A silent reply (history
 * being recorded: the demo's story, an import; {@link MetadataKeys#SILENT}) is not mailed. A reply a trigger or an
 * automation wrote is sent as {@code Auto-Submitted: auto-replied}, so that a customer's auto-responder does not
 * answer it and the two cannot answer each other for ever.
 */
@Component
@ProcessingGroup(RepliesByMail.GROUP)
class RepliesByMail {

    static final String GROUP = "mail-replies";
    private final MailOutbox outbox;

    RepliesByMail(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(PublicReplyAddedEvent event, @MetaDataValue(MetadataKeys.SILENT) String silent,
            @MetaDataValue(MetadataKeys.CAUSE_TYPE) String cause) {
        if (!"true".equals(silent)) {
            outbox.queueReply(event.ticketId().value(), event.messageId().value(),
                    MetadataKeys.CAUSE_TRIGGER.equals(cause) || MetadataKeys.CAUSE_AUTOMATION.equals(cause));
        }
    }

    /** A side message goes to its recipients alone (never the requester or participants unless named). */
    @EventHandler
    void on(SideMessageSentEvent event, @MetaDataValue(MetadataKeys.SILENT) String silent) {
        if (!"true".equals(silent)) {
            outbox.queueSideMessage(event.ticketId().value(), event.conversationId().value(),
                    event.messageId().value(), event.recipientIds().stream().map(CustomerId::value).toList());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class FailuresFailTheReply {

        @Bean
        ConfigurerModule mailRepliesErrors() {
            return configurer -> configurer.eventProcessing()
                    .registerListenerInvocationErrorHandler(GROUP, c -> PropagatingErrorHandler.instance());
        }
    }
}
