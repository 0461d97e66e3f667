package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;

/** The answer to a merge or its undo: both tickets and their resulting API versions. */
public record MergeOutcome(TicketId survivorId, long survivorVersion, TicketId mergedId, long mergedVersion) {
}
