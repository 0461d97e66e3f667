package io.autocrm.command.ticket;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/tickets/bulk}: one change for many tickets, with a result per ticket. */
@RestController
class BulkChangeController {

    private final BulkChanges changes;

    BulkChangeController(BulkChanges changes) {
        this.changes = changes;
    }

    /** One result per ticket of the request, in its order. */
    record BulkResults(List<BulkChanges.Result> results) {
    }

    @PostMapping("/api/v1/tickets/bulk")
    @Operation(summary = "Change many tickets at once: each ticket by its own command with its version",
            description = "Answers 200 with a result per ticket in request order: `applied` (with the new version), "
                    + "`conflict` (the ticket moved on: its current version) or `refused` (the problem a single "
                    + "PATCH would have answered). `changes` takes the members of the PATCH body.")
    BulkResults bulk(@Valid @RequestBody BulkChangeRequest request) {
        return new BulkResults(changes.apply(request));
    }
}
