package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/**
 * This ticket was merged into {@code survivorId} (ticket #{@code survivorNumber}): its conversation now also shows in
 * the survivor's timeline and customers writing to it reach the survivor. {@code previousStatus} is the status it had,
 * which an undo restores; the move to closed follows as its own {@link TicketStatusChangedEvent}. The survivor records
 * the other half in the same transaction ({@link TicketMergeReceivedEvent}).
 */
@Revision("1")
public record TicketMergedEvent(TicketId ticketId, TicketId survivorId, long survivorNumber, Status previousStatus) {
}
