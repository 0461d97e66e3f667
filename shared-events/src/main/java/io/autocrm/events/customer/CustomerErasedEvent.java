package io.autocrm.events.customer;

import io.autocrm.events.common.CustomerId;
import org.axonframework.serialization.Revision;

/** The customer's personal data was erased on request. Their tickets, counts and timings remain. */
@Revision("1")
public record CustomerErasedEvent(CustomerId customerId) {
}
