package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.OrganisationId;

/** Knows which organisations exist. */
@FunctionalInterface
public interface OrganisationDirectory {

    /** Whether an organisation has this id. */
    boolean exists(OrganisationId organisationId);

    /** @throws DomainException UNKNOWN_ORGANISATION when no organisation has this id */
    default void requireExisting(OrganisationId organisationId) {
        if (!exists(organisationId)) {
            throw new DomainException(ErrorCode.UNKNOWN_ORGANISATION, "No organisation has id " + organisationId + ".");
        }
    }
}
