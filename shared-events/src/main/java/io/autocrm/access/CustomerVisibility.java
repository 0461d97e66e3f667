package io.autocrm.access;

import java.util.UUID;

/**
 * The one rule of which tickets a customer sees: those they requested and, when their organisation shares tickets
 * among its members, those its members requested. {@link Caller} (command side, streams) and the query side's
 * {@code Viewer} both judge by it; staff and API keys are judged by their role and scopes instead.
 */
public final class CustomerVisibility {

    private CustomerVisibility() {
    }

    /**
     * @param customer              the customer who looks
     * @param sharedOrganisation    their organisation when it shares tickets, else null
     * @param requester             who requested the ticket
     * @param requesterOrganisation the requester's organisation, null when none
     */
    public static boolean maySee(UUID customer, UUID sharedOrganisation, UUID requester, UUID requesterOrganisation) {
        return customer.equals(requester)
                || (sharedOrganisation != null && sharedOrganisation.equals(requesterOrganisation));
    }
}
