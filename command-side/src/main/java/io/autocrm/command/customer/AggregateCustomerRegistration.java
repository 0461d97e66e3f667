package io.autocrm.command.customer;

import io.autocrm.command.directory.OrganisationDirectory;
import io.autocrm.events.common.CustomerId;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.springframework.stereotype.Component;

/** Creates the {@link Customer} aggregate next to the aggregate whose command is being handled. */
@Component
class AggregateCustomerRegistration implements CustomerRegistration {

    private final CustomerProfiles profiles;
    private final OrganisationDirectory organisations;

    AggregateCustomerRegistration(CustomerProfiles profiles, OrganisationDirectory organisations) {
        this.profiles = profiles;
        this.organisations = organisations;
    }

    @Override
    public void register(CustomerId customerId, String name, String email) {
        RegisterCustomerCommand command = new RegisterCustomerCommand(customerId, name, email, null);
        try {
            AggregateLifecycle.createNew(Customer.class, () -> new Customer(command, profiles, organisations));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not register customer " + customerId, e);
        }
    }
}
