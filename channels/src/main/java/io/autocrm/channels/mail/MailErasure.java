package io.autocrm.channels.mail;

import io.autocrm.events.customer.CustomerErasedEvent;
import io.autocrm.platform.mail.MailOutbox;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a customer is erased, the mail about them goes too: every mail sent to them and every mail received from them
 * (its original included). A subscribing processor (application.yml) runs this in the erasure's own transaction, and
 * a failure fails the erasure. A reply queued but not yet written names no one; when its turn comes it finds the
 * requester erased and is cancelled unsent.
 */
@Component
@ProcessingGroup(MailErasure.GROUP)
class MailErasure {

    static final String GROUP = "mail-erasure";
    private final JdbcClient jdbc;
    private final MailOutbox outbox;

    MailErasure(JdbcClient jdbc, MailOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @EventHandler
    void on(CustomerErasedEvent event) {
        outbox.erase(event.customerId().value(), null);
        jdbc.sql("DELETE FROM mail.inbound WHERE subject_id = ?").param(event.customerId().value()).update();
    }

    @Configuration(proxyBeanMethods = false)
    static class FailuresFailTheErasure {

        @Bean
        ConfigurerModule mailErasureErrors() {
            return configurer -> configurer.eventProcessing()
                    .registerListenerInvocationErrorHandler(GROUP, c -> PropagatingErrorHandler.instance());
        }
    }
}
