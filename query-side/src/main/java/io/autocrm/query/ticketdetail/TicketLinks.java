package io.autocrm.query.ticketdetail;

import java.util.List;

/**
 * How a ticket points at others: the survivor it was merged into (null unless merged; gone when the merge is undone),
 * the tickets merged into it, the ticket it was split from, and the tickets split off it; oldest first.
 */
public record TicketLinks(TicketRef mergedInto, List<TicketRef> mergedFrom, TicketRef splitFrom,
                          List<TicketRef> splitInto) {

    static final TicketLinks NONE = new TicketLinks(null, List.of(), null, List.of());

    public TicketLinks {
        mergedFrom = List.copyOf(mergedFrom);
        splitInto = List.copyOf(splitInto);
    }
}
