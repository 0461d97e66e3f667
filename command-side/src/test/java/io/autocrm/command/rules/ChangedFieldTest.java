package io.autocrm.command.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketSkillsRequiredEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which rules an event may concern: those testing the one property it changes, or all of them. */
class ChangedFieldTest {

    private final TicketId ticket = new TicketId(UUID.randomUUID());
    private final Conditions onAssignee = Conditions.all(Condition.of("assignee", "present"));
    private final Conditions onPriority = Conditions.all(Condition.of("priority", "is", "urgent"));
    private final Conditions onAnyField = new Conditions(List.of(),
            List.of(Condition.of("tags", "includes-any", "vip"), Condition.of("field:plan", "is", "gold")));

    @Test
    void aChangeOfOnePropertyConcernsTheRulesTestingIt() {
        ChangedField assigned = ChangedField.of(new TicketAssignedEvent(ticket, new AgentId(UUID.randomUUID()), null));
        assertThat(assigned.mayMatter(onAssignee)).isTrue();
        assertThat(assigned.mayMatter(onPriority)).isFalse();
        assertThat(assigned.mayMatter(Conditions.ALWAYS)).as("a rule matching everything stays matched").isFalse();

        ChangedField field = ChangedField.of(new TicketCustomFieldChangedEvent(ticket, "plan", null, List.of(),
                List.of("gold")));
        assertThat(field.mayMatter(onAnyField)).isTrue();
        assertThat(ChangedField.of(new TicketTaggedEvent(ticket, List.of("vip"))).mayMatter(onAnyField)).isTrue();
    }

    @Test
    void aPersonsChangeConcernsEveryRule() {
        TicketAssignedEvent assigned = new TicketAssignedEvent(ticket, new AgentId(UUID.randomUUID()), null);
        assertThat(ChangedField.ofChangeBy(assigned, "system").mayMatter(onPriority)).isFalse();
        assertThat(ChangedField.ofChangeBy(assigned, "user").mayMatter(onPriority)).isTrue();
        assertThat(ChangedField.ofChangeBy(assigned, null).mayMatter(onPriority)).isTrue();
    }

    @Test
    void requiredSkillsConcernNoRuleAndEverythingElseConcernsEveryRule() {
        assertThat(ChangedField.of(new TicketSkillsRequiredEvent(ticket, List.of(), List.of())).mayMatter(onAssignee))
                .isFalse();
        ChangedField status = ChangedField.of(new TicketStatusChangedEvent(ticket, null, null));
        assertThat(status.mayMatter(onPriority)).isTrue();
        assertThat(status.mayMatter(Conditions.ALWAYS)).isTrue();
        assertThat(ChangedField.of("an event not known here").mayMatter(onPriority)).isTrue();
    }
}
