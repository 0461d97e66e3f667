package io.autocrm.command.directory;

import io.autocrm.command.directory.Organisations.OrganisationView;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** Administers the organisations customers belong to. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationController {

    private final Organisations organisations;

    OrganisationController(Organisations organisations) {
        this.organisations = organisations;
    }

    @Operation(summary = "The organisations")
    @GetMapping
    List<OrganisationView> list() {
        return organisations.all();
    }

    @Operation(summary = "Create an organisation")
    @PostMapping
    ResponseEntity<OrganisationView> create(@Valid @RequestBody CreateOrganisationRequest request) {
        OrganisationView organisation = organisations.create(request.name().trim(),
                Boolean.TRUE.equals(request.sharedTickets()));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.id())).body(organisation);
    }

    @Operation(summary = "Rename an organisation or change its ticket sharing")
    @PatchMapping("/{id}")
    OrganisationView update(@PathVariable OrganisationId id, @Valid @RequestBody UpdateOrganisationRequest request) {
        if (request.name() != null && request.name().isBlank()) {
            throw new InvalidInput("An organisation's name must not be blank.");
        }
        String name = request.name() == null ? null : request.name().trim();
        return organisations.update(id.value(), name, request.sharedTickets())
                .orElseThrow(() -> new OrganisationNotFound("No organisation has this id."));
    }

    /** A new organisation; {@code sharedTickets} lets its members see each other's tickets (default false). */
    record CreateOrganisationRequest(@NotBlank @Size(max = 200) String name, Boolean sharedTickets)
            implements StrictJson {
    }

    /**
     * Changes to an organisation; absent or null values stay as they are. {@code sharedTickets} lets its members see
     * (or stops them seeing) each other's tickets from their next request on.
     */
    record UpdateOrganisationRequest(@Size(max = 200) String name, Boolean sharedTickets) implements StrictJson {
    }
}
