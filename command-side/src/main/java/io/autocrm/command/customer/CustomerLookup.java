package io.autocrm.command.customer;

import io.autocrm.events.common.CustomerId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the customer (not erased) a new ticket's requester email belongs to. */
@Component
public class CustomerLookup {

    private final Customers customers;

    CustomerLookup(Customers customers) {
        this.customers = customers;
    }

    /** A customer's name and address, for mail to them. */
    public record Contact(CustomerId id, String name, String email) {
    }

    /** The customer's name and address; empty when unknown or erased. */
    public Optional<Contact> contactOf(CustomerId customerId) {
        return customers.find(customerId.value()).filter(customer -> !customer.erased())
                .map(customer -> new Contact(customerId, customer.name(), customer.email()));
    }

    /**
     * The customer's name and address for a mail written now; empty when unknown or erased. Their row stays
     * share-locked until the caller's transaction ends, so an erasure waits for what the caller writes and removes it.
     */
    public Optional<Contact> contactForMail(CustomerId customerId) {
        return customers.findLocked(customerId.value()).filter(customer -> !customer.erased())
                .map(customer -> new Contact(customerId, customer.name(), customer.email()));
    }

    /** The id of the customer, not erased, with this email (ignoring case). */
    public Optional<CustomerId> findByEmail(String email) {
        return customers.findByEmail(email).map(customer -> new CustomerId(customer.id()));
    }
}
