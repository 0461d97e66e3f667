package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.TicketId;
import java.util.List;

/** A ticket taking part in a merge, as the other ticket needs to know it: with its participants (CCs). */
record MergeParty(TicketId ticketId, long number, CustomerId requesterId, List<CustomerId> participants) {

    MergeParty {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
