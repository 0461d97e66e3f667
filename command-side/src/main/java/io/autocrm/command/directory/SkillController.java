package io.autocrm.command.directory;

import io.autocrm.command.directory.SkillCatalog.SkillView;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
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

/** Administers the skills catalog: what tickets may require and agents may have. */
@RestController
@RequestMapping("/api/v1/skills")
class SkillController {

    private final SkillCatalog skills;

    SkillController(SkillCatalog skills) {
        this.skills = skills;
    }

    @Operation(summary = "The skills catalog")
    @GetMapping
    List<SkillView> list() {
        return skills.all();
    }

    @Operation(summary = "Define a skill")
    @PostMapping
    ResponseEntity<SkillView> create(@Valid @RequestBody CreateSkillRequest request) {
        SkillView skill = skills.create(request.key(), request.label());
        return ResponseEntity.created(URI.create("/api/v1/skills/" + skill.key())).body(skill);
    }

    @Operation(summary = "Relabel a skill (its key stays: tickets and agents name it)")
    @PatchMapping("/{key}")
    SkillView update(@PathVariable String key, @Valid @RequestBody UpdateSkillRequest request) {
        return skills.relabel(key, request.label());
    }

    /** A new skill: its key (lower-case letters, digits, '-') and label. */
    record CreateSkillRequest(@NotNull String key, @NotNull String label) implements StrictJson {
    }

    /** A skill's new label. */
    record UpdateSkillRequest(@NotNull String label) implements StrictJson {
    }
}
