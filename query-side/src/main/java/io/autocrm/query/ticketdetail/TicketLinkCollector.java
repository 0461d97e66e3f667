package io.autocrm.query.ticketdetail;

import java.util.ArrayList;
import java.util.List;

/** Collects a ticket's links, oldest first, by relation; the live reader and the fold share it, so they agree. */
final class TicketLinkCollector {

    private TicketRef mergedInto;
    private final List<TicketRef> mergedFrom = new ArrayList<>();
    private TicketRef splitFrom;
    private final List<TicketRef> splitInto = new ArrayList<>();

    void add(String relation, TicketRef other) {
        switch (relation) {
            case "merged-into" -> mergedInto = other;
            case "merged-from" -> mergedFrom.add(other);
            case "split-from" -> splitFrom = other;
            case "split-into" -> splitInto.add(other);
            default -> throw new IllegalArgumentException("unknown link " + relation);
        }
    }

    void remove(String relation, String otherId) {
        switch (relation) {
            case "merged-into" -> mergedInto = null;
            case "merged-from" -> mergedFrom.removeIf(ref -> ref.id().equals(otherId));
            default -> throw new IllegalArgumentException("links of kind " + relation + " stay");
        }
    }

    TicketLinks links() {
        return new TicketLinks(mergedInto, mergedFrom, splitFrom, splitInto);
    }
}
