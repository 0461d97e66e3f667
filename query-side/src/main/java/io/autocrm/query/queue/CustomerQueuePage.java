package io.autocrm.query.queue;

import io.autocrm.query.access.CustomerViewRules;
import java.util.List;

/** One page of a customer's queue: {@link CustomerTicket}s; {@code nextCursor} is null on the last page. */
public record CustomerQueuePage(List<CustomerTicket> items, String nextCursor) {

    public CustomerQueuePage {
        items = List.copyOf(items);
    }

    static CustomerQueuePage of(QueuePage page, CustomerViewRules rules) {
        return new CustomerQueuePage(page.items().stream().map(item -> CustomerTicket.of(item, rules)).toList(),
                page.nextCursor());
    }
}
