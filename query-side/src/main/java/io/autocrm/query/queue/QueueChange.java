package io.autocrm.query.queue;

import io.autocrm.query.access.Viewer;
import java.util.UUID;

/**
 * The update the live stream's subscription query receives for each changed ticket: its current queue row, what
 * decides which customers may see it now, and, while customers listen, the row in the customer view (made once per
 * change rather than once per customer stream). Stays on the server: each stream sends only what its viewer may see.
 *
 * @param requesterOrganisation the requester's organisation, null when none
 * @param organisationShares    whether that organisation shares tickets among its members
 * @param customerView          the row as customers see it; null when no customer stream listened
 */
public record QueueChange(QueueItem row, UUID requesterOrganisation, boolean organisationShares,
                          CustomerTicket customerView) {

    public static final QueueChange CHANGES_MISSED = new QueueChange(null, null, false, null);

    boolean changesMissed() {
        return row == null;
    }

    QueueChange withCustomerView(CustomerTicket view) {
        return new QueueChange(row, requesterOrganisation, organisationShares, view);
    }

    /** Whether {@code viewer} may see the ticket as it is now. */
    boolean visibleTo(Viewer viewer) {
        return viewer.maySee(UUID.fromString(row.requester().id()), organisationShares ? requesterOrganisation : null);
    }
}
