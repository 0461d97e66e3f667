package io.autocrm.command.directory;

import io.autocrm.access.CurrentCaller;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administers ticket statuses: lists all (customers only those in use), defines custom ones, relabels and
 * (de)activates them.
 */
@RestController
@RequestMapping("/api/v1/statuses")
class StatusController {

    private final Statuses statuses;
    private final CurrentCaller currentCaller;

    StatusController(Statuses statuses, CurrentCaller currentCaller) {
        this.statuses = statuses;
        this.currentCaller = currentCaller;
    }

    @Operation(summary = "The statuses, built-in and custom")
    @GetMapping
    List<StatusView> list() {
        boolean customer = currentCaller.caller().isCustomer();
        return statuses.all().stream().filter(status -> !customer || status.active()).map(StatusView::of).toList();
    }

    @Operation(summary = "Define a custom status")
    @PostMapping
    ResponseEntity<StatusView> create(@Valid @RequestBody CreateStatusRequest request) {
        StatusDefinition status = statuses.create(request.key(), request.label(), request.category());
        return ResponseEntity.created(URI.create("/api/v1/statuses/" + status.key())).body(StatusView.of(status));
    }

    @Operation(summary = "Change a custom status")
    @PatchMapping("/{key}")
    StatusView update(@PathVariable String key, @Valid @RequestBody UpdateStatusRequest request) {
        return StatusView.of(statuses.update(key, request.label(), request.active(), request.position()));
    }

    /** A custom status mapped onto a category (new, open, pending, on-hold, solved, closed). */
    record CreateStatusRequest(@NotNull String key, @NotNull String label,
                               @NotNull @Schema(allowableValues = {"new", "open", "pending", "on-hold", "solved", "closed"}) String category)
            implements StrictJson {
    }

    /** Changes to a status; absent or null values stay as they are; {@code position} (0-10000) orders the list. */
    record UpdateStatusRequest(String label, Boolean active, Integer position) implements StrictJson {
    }

    /** A status as the API shows it. */
    record StatusView(String key, String label, @Schema(allowableValues = {"new", "open", "pending", "on-hold", "solved", "closed"}) String category,
                      boolean builtIn, boolean active, int position) {

        static StatusView of(StatusDefinition status) {
            return new StatusView(status.key(), status.label(), status.category().key(), status.builtIn(),
                    status.active(), status.position());
        }
    }
}
