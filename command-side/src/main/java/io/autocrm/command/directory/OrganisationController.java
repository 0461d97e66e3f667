package io.autocrm.command.directory;

import io.autocrm.command.directory.Organisations.OrganisationView;
import io.autocrm.command.web.StrictJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

    @GetMapping
    List<OrganisationView> list() {
        return organisations.all();
    }

    @PostMapping
    ResponseEntity<OrganisationView> create(@Valid @RequestBody CreateOrganisationRequest request) {
        OrganisationView organisation = organisations.create(request.name().trim(),
                Boolean.TRUE.equals(request.sharedTickets()));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.id())).body(organisation);
    }

    /** A new organisation; {@code sharedTickets} lets its members see each other's tickets (default false). */
    record CreateOrganisationRequest(@NotBlank @Size(max = 200) String name, Boolean sharedTickets)
            implements StrictJson {
    }
}
