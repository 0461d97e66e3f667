package io.autocrm.command.ticket;

import io.autocrm.command.web.StrictJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/v1/tickets/bulk}: up to 100 tickets, each with the version the client saw (optional;
 * without it the change is unconditional), and one change in the shape of {@code PATCH /api/v1/tickets/{id}}.
 */
record BulkChangeRequest(@NotEmpty @Size(max = MAX_TICKETS) List<@Valid @NotNull Target> tickets,
                         @NotNull UpdateTicketRequest changes) implements StrictJson {

    static final int MAX_TICKETS = 100;

    /** A ticket to change and the version the client saw. */
    record Target(@NotNull @Schema(format = "uuid") String id, @Positive Long version) implements StrictJson {
    }
}
