package io.autocrm.command.customer;

import io.autocrm.command.customer.Customers.CustomerView;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.platform.web.RequestIds;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Registers, looks up and erases customers. */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

    private final CommandDispatcher commands;
    private final Customers customers;

    CustomerController(CommandDispatcher commands, Customers customers) {
        this.commands = commands;
        this.customers = customers;
    }

    @Operation(summary = "Register a customer")
    @PostMapping
    ResponseEntity<CreatedCustomer> register(@Valid @RequestBody RegisterCustomerRequest request) {
        CustomerId id = CustomerId.random();
        commands.send(new RegisterCustomerCommand(id, request.name(), request.email(),
                RequestIds.optional(request.organisationId(), "organisationId", OrganisationId::new)));
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id)).body(new CreatedCustomer(id.toString()));
    }

    @Operation(summary = "One customer")
    @GetMapping("/{id}")
    CustomerView get(@PathVariable CustomerId id) {
        return customers.find(id.value()).orElseThrow(CustomerController::notFound);
    }

    /**
     * Customers, oldest first, a page at a time: {@code email} finds the (not erased) customer with that address,
     * {@code q} searches names and emails, {@code organisationId} narrows to one organisation.
     */
    @Operation(summary = "Customers, a page at a time, searchable; or one by email")
    @GetMapping
    CustomerPage list(@RequestParam(required = false) String email, @RequestParam(required = false) String q,
                      @RequestParam(required = false) OrganisationId organisationId,
                      @RequestParam(required = false) String cursor,
                      @RequestParam(defaultValue = "25") @Min(1) @Max(100) int limit) {
        List<CustomerView> rows = customers.page(new Customers.CustomerSearch(blankToNull(email), blankToNull(q),
                        organisationId == null ? null : organisationId.value()),
                cursor == null ? null : CustomerPage.decode(cursor), limit);
        return CustomerPage.of(rows, limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Operation(summary = "Erase a customer's personal data")
    @PostMapping("/{id}/erasure")
    Erasure erase(@PathVariable CustomerId id) {
        try {
            Instant erasedAt = commands.send(new EraseCustomerCommand(id));
            return new Erasure(id.toString(), erasedAt);
        } catch (AggregateNotFoundException e) {
            throw notFound();
        }
    }

    private static CustomerNotFound notFound() {
        return new CustomerNotFound("No customer has this id.");
    }

    /** A new customer. */
    record RegisterCustomerRequest(@NotBlank @Size(max = Customer.MAX_NAME) String name,
                                   @NotBlank @Email @Size(max = Customer.MAX_EMAIL) String email,
                                   String organisationId) implements StrictJson {
    }

    /** The id of a registered customer. */
    record CreatedCustomer(String id) {
    }

    /** When a customer's personal data was erased. */
    record Erasure(String id, Instant erasedAt) {
    }
}
