package io.autocrm.command.customer;

import io.autocrm.command.customer.Customers.CustomerView;
import io.autocrm.events.common.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** One page of customers and the opaque cursor of the next page (null on the last one). */
record CustomerPage(List<CustomerView> items, String nextCursor) {

    static CustomerPage of(List<CustomerView> rows, int limit) {
        if (rows.size() <= limit) {
            return new CustomerPage(rows, null);
        }
        List<CustomerView> items = rows.subList(0, limit);
        return new CustomerPage(items, encode(items.getLast().id()));
    }

    static UUID decode(String cursor) {
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("cursor is not one this API handed out.");
        }
    }

    private static String encode(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
    }
}
