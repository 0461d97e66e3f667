package io.autocrm.query.queue;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.query.support.CustomerViewRules;
import java.util.ArrayList;
import java.util.List;

/**
 * What a customer's queue may be filtered and sorted by: only what the customer view shows (status, requester,
 * times, number, customer-visible custom fields, full text over the public conversation). Filtering or sorting by a
 * hidden member would reveal it (which tickets carry tag "refund-fraud", which are urgent), so it is refused with
 * {@code customer-action-forbidden} instead of being ignored, and the same for a custom field that is internal or
 * does not exist, so the answer does not tell which.
 */
final class CustomerQueueLimits {

    private CustomerQueueLimits() {
    }

    static void check(FindTicketQueueQuery query, CustomerViewRules rules) {
        QueueFilter f = query.filter();
        List<String> refused = new ArrayList<>();
        addIf(refused, !f.priorities().isEmpty(), "priority");
        addIf(refused, !f.types().isEmpty(), "type");
        addIf(refused, !f.channels().isEmpty(), "channel");
        addIf(refused, f.assigneeId() != null, "assigneeId");
        addIf(refused, f.teamId() != null, "teamId");
        addIf(refused, !f.organisationIds().isEmpty(), "organisationId");
        addIf(refused, !f.tags().isEmpty(), "tag");
        f.customFields().keySet().stream().filter(key -> !rules.fieldVisible(key)).sorted()
                .forEach(key -> refused.add(QueueParams.CUSTOM_FIELD_PREFIX + key));
        addIf(refused, query.sort().field().equals("priority"), "sort=" + query.sort());
        if (!refused.isEmpty()) {
            throw new DomainException(ErrorCode.CUSTOMER_ACTION_FORBIDDEN, "Customers cannot filter or sort tickets by "
                    + String.join(", ", refused) + "; the customer view does not show it.");
        }
    }

    private static void addIf(List<String> refused, boolean condition, String parameter) {
        if (condition) {
            refused.add(parameter);
        }
    }
}
