package io.autocrm.command.customer;

import io.autocrm.events.common.CustomerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase a customer's personal data: name, email, and every ticket subject and message stored under them. Erasing an
 * erased customer changes nothing and answers the first erasure's time.
 */
public record EraseCustomerCommand(@TargetAggregateIdentifier CustomerId customerId) {
}
