package io.autocrm.command.customer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.autocrm.command.directory.OrganisationDirectory;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.EmailAddress;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.customer.CustomerErasedEvent;
import io.autocrm.events.customer.CustomerRegisteredEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer of the helpdesk. Its events carry ids only; name and email live in the personal-data store, written in
 * the same transaction, so that erasure forgets them without rewriting history. Only customer events make a
 * customer: another aggregate's stream under the same id reads as no customer at all.
 */
@Aggregate(filterEventsByType = true)
public class Customer {

    /** The longest name a customer may have. */
    public static final int MAX_NAME = 200;
    static final int MAX_EMAIL = EmailAddress.MAX_LENGTH;

    @AggregateIdentifier
    private CustomerId customerId;
    private Instant erasedAt;

    protected Customer() {
        // for Axon
    }

    @CommandHandler
    Customer(RegisterCustomerCommand command, CustomerProfiles profiles, OrganisationDirectory organisations) {
        String name = requireText(command.name(), MAX_NAME, "A customer's name");
        String email = requireEmail(command.email());
        if (command.organisationId() != null) {
            organisations.requireExisting(command.organisationId());
        }
        profiles.register(command.customerId(), name, email, command.organisationId());
        apply(new CustomerRegisteredEvent(command.customerId(), command.organisationId()));
    }

    /**
     * Erases the customer's personal data; answers when it was first erased. The event is recorded once, but every
     * erasure deletes again whatever text is stored under the customer, so a repeated request always leaves none.
     */
    @CommandHandler
    Instant handle(EraseCustomerCommand command, CustomerProfiles profiles) {
        if (erasedAt == null) {
            apply(new CustomerErasedEvent(customerId));
        }
        profiles.erase(customerId, erasedAt);
        return erasedAt;
    }

    @EventSourcingHandler
    void on(CustomerRegisteredEvent event) {
        customerId = event.customerId();
    }

    @EventSourcingHandler
    void on(CustomerErasedEvent event, @Timestamp Instant timestamp) {
        erasedAt = timestamp.truncatedTo(ChronoUnit.MILLIS); // the precision the event store keeps
    }

    private static String requireText(String value, int max, String what) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new InvalidInput(what + " is required, at most " + max + " characters.");
        }
        return value.trim();
    }

    private static String requireEmail(String value) {
        return EmailAddress.parse(value, "A customer's email").value();
    }
}
