package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import org.axonframework.serialization.Revision;

/**
 * The merge of this ticket into {@code survivorId} (#{@code survivorNumber}) was undone: it stands on its own again.
 * The return to the status it had before the merge follows as its own {@link TicketStatusChangedEvent}. The survivor
 * records the other half in the same transaction ({@link TicketMergeUndoneEvent}).
 */
@Revision("1")
public record TicketUnmergedEvent(TicketId ticketId, TicketId survivorId, long survivorNumber) {
}
