package io.autocrm.command.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.command.rules.ChangedField;
import io.autocrm.command.rules.Condition;
import io.autocrm.command.rules.Conditions;
import io.autocrm.command.rules.TicketSnapshot;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SkillRequirement;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final OrganisationId ACME = OrganisationId.random();
    private static final TeamId BILLING = TeamId.random();
    private static final TeamId SUPPORT = TeamId.random();
    private static final AgentId ANN = AgentId.random();

    private static TicketSnapshot ticket(Priority priority, TeamId team, List<String> tags,
                                         List<SkillRequirement> skills) {
        TicketFacts.Facts facts = new TicketFacts.Facts(TicketId.random(), 7, CustomerId.random(), "new", priority,
                TicketType.QUESTION, null, team, tags, Map.of(), 1, Channel.EMAIL, StatusCategory.NEW, skills, NOW,
                NOW, NOW, false);
        return new TicketSnapshot(facts, ACME, "Invoice is wrong", "We were charged twice.");
    }

    private static TicketSnapshot invoice() {
        return ticket(Priority.NORMAL, null, List.of(), List.of());
    }

    private static RoutingRule rule(String name, boolean enabled, Conditions conditions, RoutingActions actions) {
        return new RoutingRule(UUID.randomUUID(), 3, 1, name, enabled, conditions, actions, NOW, "user:x");
    }

    private static RoutingActions toTeam(TeamId team, String... tags) {
        return new RoutingActions(team.toString(), null, null, tags.length == 0 ? null : List.of(tags), null, null);
    }

    private static final Conditions MENTIONS_INVOICE = Conditions.all(Condition.of("subject", "contains", "invoice"));

    @Test
    void firstMatchingEnabledRuleWinsAndExplainsTheOnesBefore() {
        RoutingRule disabled = rule("Everything to support", false, Conditions.ALWAYS, toTeam(SUPPORT));
        RoutingRule urgent = rule("Urgent", true, Conditions.all(Condition.of("priority", "is", "urgent")),
                toTeam(SUPPORT));
        RoutingRule billing = rule("Invoices", true, MENTIONS_INVOICE, toTeam(BILLING, "billing"));
        RoutingRule later = rule("Acme", true, Conditions.ALWAYS, toTeam(SUPPORT));

        RoutingDecision decision = Router.decide(List.of(disabled, urgent, billing, later), invoice(),
                PersonsChanges.NONE, NOW);

        assertThat(decision.rule()).isEqualTo(billing);
        assertThat(decision.tried()).extracting(t -> t.rule().name()).containsExactly("Urgent", "Invoices");
        assertThat(decision.tried().getFirst().explanation().failures())
                .containsExactly("not priority is urgent (priority is normal)");
        assertThat(decision.team()).isEqualTo(BILLING);
        assertThat(decision.addTags()).containsExactly("billing");
        assertThat(decision.changes()).containsExactly(new RoutingChange("team", null, BILLING.toString()),
                new RoutingChange("tags", null, "+billing"));
    }

    @Test
    void actionsThatChangeNothingSendNothing() {
        RoutingRule billing = rule("Invoices", true, MENTIONS_INVOICE, new RoutingActions(BILLING.toString(),
                "normal", null, List.of("billing"), List.of(new SkillRequirement("billing", 2)), null));
        TicketSnapshot routed = ticket(Priority.NORMAL, BILLING, List.of("billing"),
                List.of(new SkillRequirement("billing", 2)));

        RoutingDecision decision = Router.decide(List.of(billing), routed, PersonsChanges.NONE, NOW);

        assertThat(decision.rule()).isEqualTo(billing);
        assertThat(decision.changes()).isEmpty();
        assertThat(decision.changesProperties()).isFalse();
        assertThat(decision.changesSkills()).isFalse();
    }

    @Test
    void leavesAloneWhatAPersonChangedSinceCreation() {
        RoutingRule billing = rule("Invoices", true, MENTIONS_INVOICE, new RoutingActions(BILLING.toString(), "high",
                null, List.of("billing", "invoice"), List.of(new SkillRequirement("billing", 1)), ANN.toString()));
        PersonsChanges persons = new PersonsChanges(Set.of("team", "skills"), Set.of("billing"));

        RoutingDecision decision = Router.decide(List.of(billing), ticket(Priority.NORMAL, SUPPORT, List.of(),
                List.of()), persons, NOW);

        assertThat(decision.team()).isNull();
        assertThat(decision.skills()).isNull();
        assertThat(decision.addTags()).containsExactly("invoice");
        assertThat(decision.priority()).isEqualTo(Priority.HIGH);
        assertThat(decision.assignee()).isEqualTo(ANN);
        assertThat(decision.changes()).extracting(RoutingChange::field)
                .containsExactly("priority", "assignee", "tags");
    }

    @Test
    void noRuleMatchingDecidesNothing() {
        RoutingRule urgent = rule("Urgent", true, Conditions.all(Condition.of("priority", "is", "urgent")),
                toTeam(SUPPORT));

        RoutingDecision decision = Router.decide(List.of(urgent), invoice(), PersonsChanges.NONE, NOW);

        assertThat(decision.rule()).isNull();
        assertThat(decision.changes()).isEmpty();
        assertThat(decision.tried()).hasSize(1);
    }

    @Test
    void anOwnChangeIsRoutedAgainWhenARuleTestsItTestsTimeOrSetsIt() {
        ChangedField assigned = ChangedField.ofChangeBy(
                new TicketAssignedEvent(TicketId.random(), AgentId.random(), null), "system");
        ChangedField prioritised = ChangedField.ofChangeBy(
                new TicketPriorityChangedEvent(TicketId.random(), Priority.LOW, Priority.HIGH), "system");
        RoutingRule byTeam = rule("Invoices to billing", true, MENTIONS_INVOICE, toTeam(BILLING));
        assertThat(Routing.mayDecideOtherwise(byTeam, assigned)).as("neither tests nor sets the assignee").isFalse();
        assertThat(Routing.mayDecideOtherwise(byTeam, prioritised)).isFalse();

        RoutingRule urgentWhenOld = rule("Old ones are urgent", true,
                Conditions.all(Condition.of("hours-since-created", "greater-than", "4")),
                new RoutingActions(null, null, null, List.of("aged"), null, null));
        assertThat(Routing.mayDecideOtherwise(urgentWhenOld, assigned)).as("four hours may have passed since").isTrue();

        RoutingRule setsPriority = rule("Invoices are high", true, MENTIONS_INVOICE,
                new RoutingActions(null, "high", null, null, null, null));
        assertThat(Routing.mayDecideOtherwise(setsPriority, prioritised)).as("it sets what was changed").isTrue();
        assertThat(Routing.mayDecideOtherwise(setsPriority, assigned)).isFalse();

        RoutingRule toAnn = rule("Invoices to Ann", true, MENTIONS_INVOICE,
                new RoutingActions(null, null, null, null, null, ANN.toString()));
        assertThat(Routing.mayDecideOtherwise(toAnn, assigned)).isTrue();
        assertThat(Routing.mayDecideOtherwise(byTeam, ChangedField.ANYTHING)).isTrue();
    }
}
