package io.autocrm.command.ticket;

import io.autocrm.command.customer.Customer;
import io.autocrm.platform.web.StrictJson;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/tickets/{id}/participants}: an existing customer ({@code customerId}) or an address
 * ({@code email}, with an optional {@code name}), found among the customers or registered.
 */
record ParticipantRequest(String customerId, @Email @Size(max = 320) String email,
                          @Size(max = Customer.MAX_NAME) String name) implements StrictJson {
}
