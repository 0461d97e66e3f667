package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;

/**
 * Undo the merge of {@code ticketId} (the merged ticket) into its survivor, conditional on the merged ticket's expected
 * aggregate version when not null; the survivor may have moved on meanwhile, and keeps what it got since. Handled by
 * {@link TicketMerges}. Answers {@link MergeOutcome}.
 */
public record UnmergeTicketCommand(TicketId ticketId, Long expectedAggregateVersion) {
}
