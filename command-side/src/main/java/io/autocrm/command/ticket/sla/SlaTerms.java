package io.autocrm.command.ticket.sla;

import io.autocrm.events.common.CalendarId;
import io.autocrm.events.ticket.SlaTarget;
import java.util.List;
import java.util.UUID;

/**
 * What a version of an SLA policy holds for one ticket: its targets for the ticket's priority, the calendar for
 * business-hours targets (null: the helpdesk's default hours), the warning threshold and whether internal notes fulfil
 * reply targets.
 */
public record SlaTerms(UUID policyId, int version, String name, CalendarId calendarId, int warningPercent,
                       boolean notesFulfilReplies, List<SlaTarget> targets) {

    public SlaTerms {
        targets = List.copyOf(targets);
    }
}
