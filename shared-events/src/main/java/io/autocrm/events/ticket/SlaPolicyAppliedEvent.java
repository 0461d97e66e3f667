package io.autocrm.events.ticket;

import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.TicketId;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The ticket is measured against this version of an SLA policy from now on: the policy's targets for the ticket's
 * priority, counted in the calendar {@code calendarId} (null: calendar hours), a warning at {@code warningPercent} of
 * each target, and whether an internal note fulfils a reply target ({@code notesFulfilReplies}). Targets that already
 * had an outcome (fulfilled or breached) keep it.
 */
@Revision("1")
public record SlaPolicyAppliedEvent(TicketId ticketId, UUID policyId, int policyVersion, String policyName,
                                    CalendarId calendarId, int warningPercent, boolean notesFulfilReplies,
                                    List<SlaTarget> targets) implements SlaRecord {
}
