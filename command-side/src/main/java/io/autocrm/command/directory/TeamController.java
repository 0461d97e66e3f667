package io.autocrm.command.directory;

import io.autocrm.command.directory.Teams.TeamView;
import io.autocrm.events.common.TeamId;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administers the teams tickets can be assigned to. */
@RestController
@RequestMapping("/api/v1/teams")
class TeamController {

    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
    }

    @Operation(summary = "The teams")
    @GetMapping
    List<TeamView> list() {
        return teams.all();
    }

    @Operation(summary = "Create a team")
    @PostMapping
    ResponseEntity<TeamView> create(@Valid @RequestBody CreateTeamRequest request) {
        TeamView team = teams.create(request.name().trim());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(team);
    }

    @Operation(summary = "One team")
    @GetMapping("/{id}")
    TeamView get(@PathVariable TeamId id) {
        return teams.get(id.value());
    }

    @Operation(summary = "Rename a team, or change its focus, assignment method or members (the list replaces them)")
    @PatchMapping("/{id}")
    TeamView update(@PathVariable TeamId id, @Valid @RequestBody UpdateTeamRequest request) {
        if (request.name() != null && request.name().isBlank()) {
            throw DefinitionRules.failed("A team's name must not be blank.");
        }
        return teams.update(id.value(), request.name() == null ? null : request.name().trim(), request.focus(),
                request.assignmentMethod() == null ? null : AssignmentMethod.fromKey(request.assignmentMethod()),
                request.memberIds());
    }

    /** Changes to a team; absent or null values stay as they are. {@code memberIds} replaces the members. */
    record UpdateTeamRequest(@Size(max = 200) String name, @Size(max = Teams.MAX_FOCUS) String focus,
                             @Schema(allowableValues = {"round-robin", "least-busy", "balanced"})
                             String assignmentMethod,
                             @Size(max = 500) List<@NotNull UUID> memberIds) implements StrictJson {
    }

    /** A new team. */
    record CreateTeamRequest(@NotBlank @Size(max = 200) String name) implements StrictJson {
    }
}
