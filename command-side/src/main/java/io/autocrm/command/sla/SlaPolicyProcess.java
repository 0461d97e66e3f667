package io.autocrm.command.sla;

import io.autocrm.command.rules.ChangedField;
import io.autocrm.command.rules.TicketSnapshot;
import io.autocrm.command.rules.TicketSnapshots;
import io.autocrm.command.ticket.MeasureSlaCommand;
import io.autocrm.command.ticket.sla.SlaTerms;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.SlaMetric;
import io.autocrm.events.ticket.SlaRecord;
import io.autocrm.events.ticket.SlaTarget;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.platform.axon.ProcessManagerTokens;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The SLA process manager: after a change of a ticket it finds the first active policy
 * whose conditions the ticket meets and sends {@link MeasureSlaCommand} with that policy's terms for the ticket's
 * priority (none: no policy matches), as AutoCRM ({@code system}) with the policy as the cause. The ticket decides
 * whether the terms are new and records its clocks; a failure is retried, never skipped. Skipped are: its own SLA
 * events; everything before a first policy was ever saved (no ticket can hold terms); and AutoCRM's own change of one
 * property (routing's team, the assignment engine's assignee, a trigger's tags...) that no active policy tests, since
 * it changes neither which policy matches nor any clock. A person's change, creation, status, messages, merges and
 * priority (targets are per priority) are always measured.
 */
@Component
@ProcessingGroup(SlaPolicyProcess.GROUP)
class SlaPolicyProcess {

    static final String GROUP = SlaPolicyDefinitions.PROCESSING_GROUP;

    private final SlaPolicies policies;
    private final TicketSnapshots tickets;
    private final CommandGateway commands;

    SlaPolicyProcess(SlaPolicies policies, TicketSnapshots tickets, CommandGateway commands) {
        this.policies = policies;
        this.commands = commands;
        this.tickets = tickets;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> message) {
        if (!"Ticket".equals(message.getType()) || payload instanceof SlaRecord
                || !policies.everSaved()) {
            return;
        }
        List<SlaPolicy> active = policies.active();
        ChangedField changed = ChangedField.ofChangeBy(payload, message.getMetaData().get(MetadataKeys.ACTOR_TYPE));
        if (!(payload instanceof TicketPriorityChangedEvent)
                && active.stream().noneMatch(policy -> changed.mayMatter(policy.conditions()))) {
            return;
        }
        TicketId ticketId = TicketId.of(message.getAggregateIdentifier());
        tickets.find(ticketId).ifPresent(ticket -> measure(ticketId, ticket, active));
    }

    private void measure(TicketId ticketId, TicketSnapshot ticket, List<SlaPolicy> active) {
        Instant now = GenericEventMessage.clock.instant();
        Optional<SlaPolicy> policy = active.stream()
                .filter(candidate -> candidate.conditions().matches(ticket, now)).findFirst();
        SlaTerms terms = policy.map(p -> terms(p, ticket.facts().priority())).orElse(null);
        commands.sendAndWait(new MeasureSlaCommand(ticketId, terms), metaData(policy.orElse(null)));
    }

    /** The policy's targets for {@code priority}, each with the statuses its clock runs in. */
    static SlaTerms terms(SlaPolicy policy, Priority priority) {
        List<SlaTarget> targets = policy.targets().stream()
                .filter(target -> target.priority().equals(priority.key()))
                .map(target -> {
                    SlaMetric metric = SlaMetric.fromKey(target.metric());
                    List<String> runsIn = policy.clocks().get(metric.key());
                    return new SlaTarget(metric, target.minutes(), Boolean.TRUE.equals(target.businessHours()),
                            runsIn == null ? metric.defaultRunsIn()
                                    : runsIn.stream().map(StatusCategory::fromKey).toList());
                }).toList();
        return new SlaTerms(policy.id(), policy.version(), policy.name(),
                policy.calendarId() == null ? null : new CalendarId(policy.calendarId()), policy.warningPercent(),
                policy.notesFulfilReplies(), targets);
    }

    private static MetaData metaData(SlaPolicy policy) {
        Map<String, Object> values = new HashMap<>();
        values.put(MetadataKeys.ACTOR_TYPE, ActorType.SYSTEM.key());
        values.put(MetadataKeys.ACTOR_ID, "system");
        values.put(MetadataKeys.ACTOR_ROLE, "system");
        values.put(MetadataKeys.CHANNEL, Channel.SYSTEM.key());
        values.put(MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString());
        if (policy != null) {
            values.put(MetadataKeys.CAUSE_TYPE, MetadataKeys.CAUSE_SLA_POLICY);
            values.put(MetadataKeys.CAUSE_ID, policy.id().toString());
            values.put(MetadataKeys.CAUSE_NAME, policy.name());
            values.put(MetadataKeys.CAUSE_VERSION, policy.version());
        }
        return MetaData.from(values);
    }

    @Configuration(proxyBeanMethods = false)
    static class Processor {

        @Bean
        ConfigurerModule slaPolicyTokens(ObjectProvider<ConnectionProvider> connections,
                @Qualifier("serializer") ObjectProvider<Serializer> serializer) {
            return ProcessManagerTokens.forProcessor(GROUP, connections, serializer);
        }
    }
}
