package io.autocrm.command.directory;

import io.autocrm.command.directory.Teams.TeamView;
import io.autocrm.events.common.TeamId;
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

    @Operation(summary = "Rename a team")
    @PatchMapping("/{id}")
    TeamView update(@PathVariable TeamId id, @Valid @RequestBody UpdateTeamRequest request) {
        return teams.rename(id.value(), request.name().trim());
    }

    /** A team's new name. */
    record UpdateTeamRequest(@NotBlank @Size(max = 200) String name) implements StrictJson {
    }

    /** A new team. */
    record CreateTeamRequest(@NotBlank @Size(max = 200) String name) implements StrictJson {
    }
}
