package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;

/**
 * Merge ticket {@code mergedId} into {@code survivorId}, each conditional on its expected aggregate version when not
 * null. Handled by {@link TicketMerges}, which changes both tickets in one unit of work. Answers {@link MergeOutcome}.
 */
public record MergeTicketsCommand(TicketId survivorId, Long survivorExpectedVersion, TicketId mergedId,
                                  Long mergedExpectedVersion) {
}
