package io.autocrm.command.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.command.rules.TicketSnapshot.Change;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conditions on the change a trigger reacts to: {@code update} and {@code status-changed-to/from}. */
class ChangeConditionsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static TicketSnapshot solvedTicket() {
        TicketFacts.Facts facts = new TicketFacts.Facts(TicketId.random(), 9, CustomerId.random(), "solved",
                Priority.URGENT, TicketType.QUESTION, null, null, List.of("vip"), Map.of(), 5, Channel.WEB,
                StatusCategory.SOLVED, List.of(), NOW, NOW, NOW, false);
        return new TicketSnapshot(facts, null, "Printer", "On fire");
    }

    @Test
    void updateHoldsForTheKindOfChangeAndForAnyUpdateButTheCreation() {
        TicketSnapshot created = solvedTicket().reactingTo(Change.of("created"));
        TicketSnapshot replied = solvedTicket().reactingTo(Change.of("customer-message"));
        Conditions onCreation = Conditions.all(Condition.of("update", "is", "created"));
        Conditions onUpdate = Conditions.all(Condition.of("update", "is", "updated"));
        Conditions onReply = Conditions.all(Condition.of("update", "one-of", "customer-message", "public-reply"));

        assertThat(onCreation.matches(created, NOW)).isTrue();
        assertThat(onCreation.matches(replied, NOW)).isFalse();
        assertThat(onUpdate.matches(created, NOW)).isFalse();
        assertThat(onUpdate.matches(replied, NOW)).isTrue();
        assertThat(onReply.matches(replied, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("update", "none-of", "customer-message")).matches(replied, NOW))
                .isFalse();
    }

    @Test
    void changeConditionsNeverHoldWithoutAChange() {
        TicketSnapshot asItIs = solvedTicket();
        assertThat(Conditions.all(Condition.of("update", "is", "updated")).matches(asItIs, NOW)).isFalse();
        assertThat(Conditions.all(Condition.of("status-changed-to", "is", "solved")).matches(asItIs, NOW)).isFalse();
        assertThat(Conditions.all(Condition.of("update", "is", "created")).explain(asItIs, NOW).failures())
                .containsExactly("not update is created (no change to react to)");
    }

    @Test
    void statusChangedToAndFromLookAtTheStatusChangeOnly() {
        TicketSnapshot solving = solvedTicket().reactingTo(new Change("status", "open", "solved"));
        TicketSnapshot tagging = solvedTicket().reactingTo(Change.of("tags"));

        assertThat(Conditions.all(Condition.of("status-changed-to", "is", "solved"),
                Condition.of("status-changed-from", "one-of", "open", "pending")).matches(solving, NOW)).isTrue();
        assertThat(Conditions.all(Condition.of("status-changed-to", "is", "solved")).matches(tagging, NOW))
                .as("the ticket is solved, but this change did not solve it").isFalse();
        assertThat(Conditions.all(Condition.of("status-changed-from", "is", "solved")).matches(solving, NOW))
                .isFalse();
    }

    @Test
    void theFieldsKnowWhetherTheyDescribeAChangeOrMeasureTime() {
        assertThat(ConditionField.of("update")).hasValue(ConditionField.UPDATE);
        assertThat(ConditionField.UPDATE.describesChange()).isTrue();
        assertThat(ConditionField.STATUS_CHANGED_TO.describesChange()).isTrue();
        assertThat(ConditionField.STATUS.describesChange()).isFalse();
        assertThat(ConditionField.HOURS_SINCE_UPDATED.measuresTime()).isTrue();
        assertThat(ConditionField.PRIORITY.measuresTime()).isFalse();
        assertThat(Change.of("created").countsAs()).containsExactly("created");
        assertThat(Change.of("tags").countsAs()).containsExactly("tags", "updated");
    }
}
