package io.autocrm.command.directory;

import io.autocrm.events.common.OrganisationId;

/** Knows which organisations exist. */
@FunctionalInterface
public interface OrganisationDirectory {

    /** Whether an organisation has this id. */
    boolean exists(OrganisationId organisationId);

    /** @throws UnknownOrganisation when no organisation has this id */
    default void requireExisting(OrganisationId organisationId) {
        if (!exists(organisationId)) {
            throw new UnknownOrganisation("No organisation has id " + organisationId + ".");
        }
    }
}
