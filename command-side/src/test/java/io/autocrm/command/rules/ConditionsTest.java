package io.autocrm.command.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final OrganisationId ACME = OrganisationId.random();
    private static final TeamId BILLING = TeamId.random();

    private static TicketSnapshot ticket(Priority priority, List<String> tags, AgentId assignee) {
        TicketFacts.Facts facts = new TicketFacts.Facts(TicketId.random(), 7, CustomerId.random(), "pending", priority,
                TicketType.INCIDENT, assignee, BILLING, tags, Map.of("plan", List.of("enterprise"),
                "seats", List.of("250")), 4, Channel.EMAIL, StatusCategory.PENDING, List.of(),
                NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(97)), false);
        return new TicketSnapshot(facts, ACME, "Invoice is wrong", "We were charged twice for December.");
    }

    @Test
    void everyFieldKindIsEvaluated() {
        TicketSnapshot t = ticket(Priority.HIGH, List.of("billing", "vip"), null);
        assertThat(Conditions.all(Condition.of("channel", "is", "email")).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("channel", "none-of", "email", "chat")).matches(t, NOW)).isFalse();
        assertThat(Conditions.all(Condition.of("priority", "at-least", "high")).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("priority", "at-least", "urgent")).matches(t, NOW)).isFalse();
        assertThat(Conditions.all(Condition.of("priority", "at-most", "normal")).matches(t, NOW)).isFalse();
        assertThat(Conditions.all(Condition.of("status-category", "is", "pending")).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("organisation", "is", ACME.toString())).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("team", "is", BILLING.toString())).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("assignee", "absent")).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("assignee", "present")).matches(t, NOW)).isFalse();
        assertThat(Conditions.all(Condition.of("subject", "contains", "INVOICE")).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("description", "contains", "refund", "charged twice")).matches(t, NOW))
                .isTrue();
        assertThat(Conditions.all(Condition.of("text", "not-contains", "invoice")).matches(t, NOW)).isFalse();
        assertThat(Conditions.all(Condition.of("tags", "includes-all", "billing", "vip")).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("tags", "includes-any", "spam", "vip")).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("tags", "excludes", "vip")).matches(t, NOW)).isFalse();
        assertThat(Conditions.all(Condition.of("field:plan", "is", "enterprise")).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("field:seats", "greater-than", "100")).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("field:seats", "less-than", "100")).matches(t, NOW)).isFalse();
        assertThat(Conditions.all(Condition.of("field:region", "absent")).matches(t, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("hours-since-status-changed", "greater-than", "96")).matches(t, NOW))
                .isTrue();
        assertThat(Conditions.all(Condition.of("hours-since-updated", "greater-than", "4")).matches(t, NOW)).isFalse();
        assertThat(Conditions.all(Condition.of("hours-since-created", "less-than", "24")).matches(t, NOW)).isFalse();
    }

    @Test
    void allMustHoldAndOneOfAny() {
        TicketSnapshot t = ticket(Priority.NORMAL, List.of(), AgentId.random());
        Conditions conditions = new Conditions(List.of(Condition.of("channel", "is", "email")),
                List.of(Condition.of("priority", "is", "urgent"), Condition.of("subject", "contains", "invoice")));
        assertThat(conditions.matches(t, NOW)).isTrue();
        Conditions none = new Conditions(List.of(Condition.of("channel", "is", "email")),
                List.of(Condition.of("priority", "is", "urgent")));
        Conditions.Explanation explanation = none.explain(t, NOW);
        assertThat(explanation.matched()).isFalse();
        assertThat(explanation.failures()).containsExactly("none of: priority is urgent");
        assertThat(Conditions.ALWAYS.matches(t, NOW)).isTrue();
    }

    @Test
    void explanationsSayWhatTheTicketHad() {
        TicketSnapshot t = ticket(Priority.LOW, List.of("vip"), null);
        Conditions.Explanation explanation = Conditions.all(Condition.of("priority", "at-least", "high"),
                Condition.of("tags", "includes-any", "vip")).explain(t, NOW);
        assertThat(explanation.all()).extracting(ConditionOutcome::held).containsExactly(false, true);
        assertThat(explanation.failures()).containsExactly("not priority at-least high (priority is low)");
    }
}
