package io.autocrm.command.assignment;

import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SkillRequirement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A ticket in a team's queue with no assignee, as the engine knows it: its aggregate version (the engine's command
 * expects it), priority, when it was created, and the skills it requires.
 */
record WaitingTicket(TicketId ticketId, TeamId teamId, long version, Priority priority, Instant createdAt,
                     List<SkillRequirement> requiredSkills) {

    /** The queue's order: highest priority first (urgent, high, normal, low), then the oldest. */
    static final Comparator<WaitingTicket> QUEUE_ORDER = Comparator
            .comparing(WaitingTicket::priority, Comparator.reverseOrder())
            .thenComparing(WaitingTicket::createdAt)
            .thenComparing(ticket -> ticket.ticketId().value());
}
