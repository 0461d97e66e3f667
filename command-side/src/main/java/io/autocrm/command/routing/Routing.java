package io.autocrm.command.routing;

import io.autocrm.access.Caller;
import io.autocrm.command.rules.ChangedField;
import io.autocrm.command.rules.ConditionField;
import io.autocrm.command.rules.TicketSnapshot;
import io.autocrm.command.rules.TicketSnapshots;
import io.autocrm.command.ticket.AssigneeChange;
import io.autocrm.command.ticket.RequireSkillsCommand;
import io.autocrm.command.ticket.TeamChange;
import io.autocrm.command.ticket.UpdateTicketCommand;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.events.common.Actor;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.StatusCategory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routes one ticket now: reads it as it is ({@link TicketSnapshots}) and what people changed of it, lets the
 * {@link Router} decide with the current rules, and sends what changes as ordinary commands (actor {@code system},
 * channel {@code system}, the rule's id, version and name as cause), each handled in a transaction of its own so that
 * a refusal does not doom the caller's (the processor's batch; the events are appended when that commits, see
 * docs/adr/013). The update is conditional on the version read; when someone changed the ticket meanwhile it is
 * decided again (at most {@value #ATTEMPTS} times). Nothing is sent when nothing changes, so routing a ticket twice is
 * harmless.
 */
@Component
public class Routing {

    /** The processing group of the routing process manager. */
    public static final String PROCESSING_GROUP = "routing";
    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(Routing.class);

    private final RoutingRules rules;
    private final TicketSnapshots snapshots;
    private final TicketHistories histories;
    private final CommandDispatcher commands;
    private final TransactionTemplate ownTransaction;

    Routing(RoutingRules rules, TicketSnapshots snapshots, TicketHistories histories, CommandDispatcher commands,
            PlatformTransactionManager transactions) {
        this.rules = rules;
        this.snapshots = snapshots;
        this.histories = histories;
        this.commands = commands;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Routes the ticket by the enabled rules (nothing happens to an unknown or closed ticket).
     *
     * @param correlationId the correlation id of what led here (null: a new one)
     */
    public void route(TicketId ticketId, String correlationId) {
        route(ticketId, correlationId, ChangedField.ANYTHING);
    }

    /**
     * Routes the ticket after a change of {@code changed}: nothing is read when no enabled rule tests that property
     * (a rule that did not match before cannot match now, nor can the first match change).
     */
    public void route(TicketId ticketId, String correlationId, ChangedField changed) {
        decideAndAct(ticketId, correlationId, changed);
    }

    /**
     * Routes the ticket now, in the caller's thread (the demo, which tells tickets' stories with versions), and
     * answers its version afterwards (0: no such ticket).
     */
    public long routeNow(TicketId ticketId) {
        decideAndAct(ticketId, null, ChangedField.ANYTHING);
        return snapshots.find(ticketId).map(t -> t.facts().version()).orElse(0L);
    }

    /**
     * Routes the ticket; answers the decision acted on (empty: no enabled rule tests what changed, there is no such
     * ticket, or it is closed). Then nothing else is read: most changes of most tickets cost routing one query.
     */
    Optional<RoutingDecision> decideAndAct(TicketId ticketId, String correlationId, ChangedField changed) {
        for (int attempt = 1; ; attempt++) {
            List<RoutingRule> enabled = rules.inOrder().stream().filter(RoutingRule::enabled).toList();
            if (enabled.stream().noneMatch(rule -> mayDecideOtherwise(rule, changed))) {
                return Optional.empty();
            }
            Optional<TicketSnapshot> ticket = snapshots.find(ticketId)
                    .filter(t -> !t.facts().merged() && t.facts().statusCategory() != StatusCategory.CLOSED);
            if (ticket.isEmpty()) {
                return Optional.empty();
            }
            RoutingDecision decision = Router.decide(enabled, ticket.get(),
                    histories.personsChanges(ticketId), GenericEventMessage.clock.instant());
            try {
                act(ticketId, ticket.get().facts().version(), decision, correlationId);
                return Optional.of(decision);
            } catch (DomainException e) {
                if (e.errorCode() != ErrorCode.VERSION_CONFLICT || attempt == ATTEMPTS) {
                    log.warn("Routing ticket {} by rule '{}' was refused: {}", ticketId,
                            decision.rule() == null ? "" : decision.rule().name(), e.getMessage());
                    return Optional.of(decision);
                }
            }
        }
    }

    /**
     * Whether the rule may decide otherwise after a change of {@code changed}: it tests that property, or time (an
     * hours-since condition may hold by now), or its actions set that property (a change by AutoCRM, a trigger's say,
     * to something a matching rule sets is routed again, as before the skip existed).
     */
    static boolean mayDecideOtherwise(RoutingRule rule, ChangedField changed) {
        return changed.mayMatter(rule.conditions()) || rule.conditions().measuresTime() || sets(rule, changed);
    }

    /** Whether the rule's actions set a property the change concerns. */
    static boolean sets(RoutingRule rule, ChangedField changed) {
        RoutingActions actions = rule.actions();
        return actions.teamId() != null && changed.touches(ConditionField.TEAM)
                || actions.priority() != null && changed.touches(ConditionField.PRIORITY)
                || actions.type() != null && changed.touches(ConditionField.TYPE)
                || actions.addTags() != null && !actions.addTags().isEmpty() && changed.touches(ConditionField.TAGS)
                || actions.assigneeId() != null && changed.touches(ConditionField.ASSIGNEE);
    }

    private void act(TicketId ticketId, long version, RoutingDecision decision, String correlationId) {
        if (decision.rule() == null || decision.changes().isEmpty()) {
            return;
        }
        MetaData metaData = metaData(decision.rule(), correlationId);
        if (decision.changesProperties()) {
            UpdateTicketCommand.Builder update = UpdateTicketCommand.builder(ticketId, version - 1)
                    .priority(decision.priority()).type(decision.type())
                    .addTags(decision.addTags().isEmpty() ? null : decision.addTags());
            if (decision.team() != null) {
                update.team(new TeamChange(decision.team()));
            }
            if (decision.assignee() != null) {
                update.assignee(new AssigneeChange(decision.assignee()));
            }
            ownTransaction.executeWithoutResult(status -> commands.send(update.build(), metaData));
        }
        if (decision.changesSkills()) {
            ownTransaction.executeWithoutResult(status ->
                    commands.send(new RequireSkillsCommand(ticketId, decision.skills()), metaData));
        }
    }

    private static MetaData metaData(RoutingRule rule, String correlationId) {
        Map<String, Object> values = new HashMap<>();
        values.put(MetadataKeys.ACTOR_TYPE, Actor.SYSTEM.type().key());
        values.put(MetadataKeys.ACTOR_ID, Actor.SYSTEM.id());
        values.put(MetadataKeys.ACTOR_ROLE, Caller.SYSTEM.roleKey());
        values.put(MetadataKeys.CHANNEL, Channel.SYSTEM.key());
        values.put(MetadataKeys.CAUSE_TYPE, MetadataKeys.CAUSE_ROUTING_RULE);
        values.put(MetadataKeys.CAUSE_ID, rule.id().toString());
        values.put(MetadataKeys.CAUSE_VERSION, rule.version());
        values.put(MetadataKeys.CAUSE_NAME, rule.name());
        if (correlationId != null) {
            values.put(MetadataKeys.CORRELATION_ID, correlationId);
        }
        return MetaData.from(values);
    }
}
