package io.autocrm.command.customer;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;

/** Register a customer; name and email go to the personal-data store, never into an event. */
public record RegisterCustomerCommand(CustomerId customerId, String name, String email,
                                      OrganisationId organisationId) {
}
