package io.autocrm.command.routing;

import io.autocrm.command.rules.ChangedField;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketTypeChangedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import io.autocrm.platform.axon.ProcessManagerTokens;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Routes tickets as they are created and as their properties change: a pooled streaming processor of its own
 * ({@value #GROUP}) on the command side. It starts at the head of the stream when it first runs, so a new
 * installation or a reset processor never routes history, and replays are refused ({@link DisallowReplay}). It never
 * reacts to routing's own changes; a redelivered event routes the ticket as it is now, which changes nothing that
 * routing already changed. Events of one ticket are handled in order, by one segment.
 */
@Component
@ProcessingGroup(RoutingProcessManager.GROUP)
@DisallowReplay
class RoutingProcessManager {

    static final String GROUP = Routing.PROCESSING_GROUP;
    private final Routing routing;

    RoutingProcessManager(Routing routing) {
        this.routing = routing;
    }

    /** Whether the event is a change routing made. */
    static boolean byRouting(EventMessage<?> event) {
        return MetadataKeys.CAUSE_ROUTING_RULE.equals(event.getMetaData().get(MetadataKeys.CAUSE_TYPE));
    }

    private void route(TicketId ticketId, EventMessage<?> event) {
        if (!byRouting(event)) {
            Object correlation = event.getMetaData().get(MetadataKeys.CORRELATION_ID);
            routing.route(ticketId, correlation == null ? null : correlation.toString(),
                    ChangedField.ofChangeBy(event.getPayload(), event.getMetaData().get(MetadataKeys.ACTOR_TYPE)));
        }
    }

    @EventHandler
    void on(TicketCreatedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    @EventHandler
    void on(TicketPriorityChangedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    @EventHandler
    void on(TicketTypeChangedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    @EventHandler
    void on(TicketTaggedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    @EventHandler
    void on(TicketUntaggedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    @EventHandler
    void on(TicketCustomFieldChangedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    @EventHandler
    void on(TicketStatusChangedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    @EventHandler
    void on(TicketTeamAssignedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    @EventHandler
    void on(TicketTeamUnassignedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    @EventHandler
    void on(TicketAssignedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    @EventHandler
    void on(TicketUnassignedEvent event, EventMessage<?> message) {
        route(event.ticketId(), message);
    }

    /** The processor: pooled streaming, starting at the head of the event stream the first time it runs. */
    @Configuration(proxyBeanMethods = false)
    static class RoutingProcessor {

        @Bean
        ConfigurerModule routingTokens(ObjectProvider<ConnectionProvider> connections,
                @Qualifier("serializer") ObjectProvider<Serializer> serializer) {
            return ProcessManagerTokens.forProcessor(GROUP, connections, serializer);
        }

        @Bean
        ConfigurerModule routingProcessor() {
            return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessor(GROUP,
                    org.axonframework.config.Configuration::eventStore,
                    (config, builder) -> builder.initialToken(source -> source.createHeadToken()).batchSize(10)
                            .initialSegmentCount(2));
        }
    }
}
