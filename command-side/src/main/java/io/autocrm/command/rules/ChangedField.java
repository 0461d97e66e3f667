package io.autocrm.command.rules;

import io.autocrm.events.common.ActorType;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketSkillsRequiredEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketTypeChangedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import java.util.List;
import java.util.Optional;

/**
 * The one ticket property an event changes, as conditions name it, for the events that change exactly one
 * (priority, type, tags, a custom field, team, assignee; required skills, which no condition tests). Every other
 * event (creation, status, messages, merges and splits, and any event not known here) is {@link #ANYTHING}: a
 * process that evaluates conditions must look at the ticket again after it. With this, a process skips an event whose
 * property none of its rules tests, without reading the ticket at all.
 */
public record ChangedField(List<ConditionField> fields) {

    /** The event may change anything conditions test. */
    public static final ChangedField ANYTHING = new ChangedField(null);

    /**
     * What AutoCRM's own change (a routing rule's, the assignment engine's, a trigger's: actor {@code system}) may
     * concern. A person's change is {@link #ANYTHING}: it makes the processes look again whatever it changed, so a
     * rule or policy edited since applies its new version.
     */
    public static ChangedField ofChangeBy(Object event, Object actorType) {
        return ActorType.SYSTEM.key().equals(actorType) ? of(event) : ANYTHING;
    }

    public static ChangedField of(Object event) {
        return switch (event) {
            case TicketPriorityChangedEvent e -> only(ConditionField.PRIORITY);
            case TicketTypeChangedEvent e -> only(ConditionField.TYPE);
            case TicketTaggedEvent e -> only(ConditionField.TAGS);
            case TicketUntaggedEvent e -> only(ConditionField.TAGS);
            case TicketCustomFieldChangedEvent e -> only(ConditionField.CUSTOM_FIELD);
            case TicketTeamAssignedEvent e -> only(ConditionField.TEAM);
            case TicketTeamUnassignedEvent e -> only(ConditionField.TEAM);
            case TicketAssignedEvent e -> only(ConditionField.ASSIGNEE);
            case TicketUnassignedEvent e -> only(ConditionField.ASSIGNEE);
            case TicketSkillsRequiredEvent e -> new ChangedField(List.of());
            default -> ANYTHING;
        };
    }

    private static ChangedField only(ConditionField field) {
        return new ChangedField(List.of(field));
    }

    /** The field, when the event changes exactly one property conditions may test. */
    public Optional<ConditionField> single() {
        return fields == null || fields.size() != 1 ? Optional.empty() : Optional.of(fields.get(0));
    }

    /** Whether the event may have changed the field. */
    public boolean touches(ConditionField field) {
        return fields == null || fields.contains(field);
    }

    /** Whether a rule with these conditions may decide otherwise after the event. */
    public boolean mayMatter(Conditions conditions) {
        return fields == null || fields.stream().anyMatch(conditions::tests);
    }
}
