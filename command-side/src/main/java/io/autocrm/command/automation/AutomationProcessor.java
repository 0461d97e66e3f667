package io.autocrm.command.automation;

import io.autocrm.command.rules.TicketSnapshot.Change;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketMergedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.platform.axon.ProcessManagerTokens;
import java.util.UUID;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The command side's process manager for triggers and automations, a streaming event processor
 * ({@value #GROUP}) on the ticket events: keeps the automations' {@link Candidates} and lets the {@link TriggerEngine}
 * react to each change. Both are idempotent, so a redelivered event or a processor restarted from an older token does
 * nothing twice (the candidates' times only move forward; a trigger's firing is claimed once per ticket and chain; and
 * the triggers skip what they reacted to before, by its position in the event stream, should its token be reset and
 * it replay from the first event). Its token is kept apart from the read models' ({@link ProcessManagerTokens}).
 */
@Component
@ProcessingGroup(AutomationProcessor.GROUP)
class AutomationProcessor {

    static final String GROUP = "automation";

    private final Candidates candidates;
    private final TriggerEngine triggers;
    private final RuleFirings firings;

    AutomationProcessor(Candidates candidates, TriggerEngine triggers, RuleFirings firings) {
        this.candidates = candidates;
        this.triggers = triggers;
        this.firings = firings;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message, TrackingToken token) {
        Change change = TicketChanges.of(event).orElse(null);
        if (change == null) {
            return;
        }
        UUID ticketId = UUID.fromString(message.getAggregateIdentifier());
        if (Change.CREATED.equals(change.kind())) {
            candidates.created(ticketId, message.getTimestamp());
        } else if (event instanceof TicketMergedEvent || event instanceof TicketStatusChangedEvent status
                && status.status().category() == StatusCategory.CLOSED) {
            candidates.closed(ticketId);
        } else {
            candidates.updated(ticketId, message.getTimestamp(), event instanceof TicketStatusChangedEvent);
        }
        long position = token == null ? -1 : token.position().orElse(-1);
        if (triggers.anyActiveAt(message.getTimestamp()) && !firings.reactedTo(position)) {
            firings.detached(() -> {
                triggers.react(message, change);
                firings.reacted(position);
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Tokens {

        @Bean
        ConfigurerModule automationTokens(ObjectProvider<ConnectionProvider> connections,
                @Qualifier("serializer") ObjectProvider<Serializer> serializer) {
            return ProcessManagerTokens.forProcessor(GROUP, connections, serializer);
        }
    }
}
