package io.autocrm.events.customer;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import org.axonframework.serialization.Revision;

/** A customer became known to AutoCRM; name and email live in the personal-data store. {@code organisationId} may be null. */
@Revision("1")
public record CustomerRegisteredEvent(CustomerId customerId, OrganisationId organisationId) {
}
