package io.autocrm.command.directory;

import io.autocrm.access.CurrentCaller;
import io.autocrm.command.directory.Agents.AgentSkill;
import io.autocrm.command.directory.Agents.AgentView;
import io.autocrm.events.agent.AgentStatus;
import io.autocrm.events.common.AgentId;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administers the agents who work tickets. */
@RestController
@RequestMapping("/api/v1/agents")
class AgentController {

    private final Agents agents;
    private final AgentStatuses statuses;
    private final CurrentCaller currentCaller;

    AgentController(Agents agents, AgentStatuses statuses, CurrentCaller currentCaller) {
        this.agents = agents;
        this.statuses = statuses;
        this.currentCaller = currentCaller;
    }

    @Operation(summary = "The agents")
    @GetMapping
    List<AgentView> list() {
        return agents.all();
    }

    @Operation(summary = "One agent")
    @GetMapping("/{id}")
    AgentView get(@PathVariable AgentId id) {
        return agents.find(id.value())
                .orElseThrow(() -> new EntryNotFound("No agent has this id."));
    }

    @Operation(summary = "Add an agent")
    @PostMapping
    ResponseEntity<AgentView> create(@Valid @RequestBody CreateAgentRequest request) {
        AgentView agent = agents.create(request.name().trim(), request.email().trim());
        return ResponseEntity.created(URI.create("/api/v1/agents/" + agent.id())).body(agent);
    }

    @Operation(summary = "Rename an agent, take them off or back on duty (inactive agents cannot be assigned), set"
            + " their capacity (open tickets the engine gives them at most) or their skills (the list replaces them)")
    @PatchMapping("/{id}")
    AgentView update(@PathVariable AgentId id, @Valid @RequestBody UpdateAgentRequest request) {
        if (request.name() != null && request.name().isBlank()) {
            throw DefinitionRules.failed("An agent's name must not be blank.");
        }
        String name = request.name() == null ? null : request.name().trim();
        return agents.update(id.value(), name, request.active(), request.capacity(), request.skills());
    }

    @Operation(summary = "Set an agent's status: online (takes routed work), away or offline. Agents set their own;"
            + " admins anyone's")
    @PutMapping("/{id}/status")
    AgentView setStatus(@PathVariable AgentId id, @Valid @RequestBody SetStatusRequest request) {
        AgentStatus status;
        try {
            status = AgentStatus.fromKey(request.status());
        } catch (IllegalArgumentException e) {
            throw DefinitionRules.failed("A status is one of online, away, offline.");
        }
        statuses.set(id, status, currentCaller.caller());
        return agents.find(id.value()).orElseThrow();
    }

    /** Changes to an agent; absent or null values stay as they are. {@code skills} replaces the skills. */
    record UpdateAgentRequest(@Size(max = 200) String name, Boolean active, Integer capacity,
                              @Size(max = 50) List<@NotNull AgentSkill> skills) implements StrictJson {
    }

    /** An agent's new status. */
    record SetStatusRequest(@NotNull @Schema(allowableValues = {"online", "away", "offline"}) String status)
            implements StrictJson {
    }

    /** A new agent. */
    record CreateAgentRequest(@NotBlank @Size(max = 200) String name,
                              @NotBlank @Email @Size(max = 320) String email) implements StrictJson {
    }
}
