package io.autocrm.command.automation;

import io.autocrm.command.rules.Conditions;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A trigger or automation to create or to save. {@code version}, when changing one, is the version the change was
 * made from: a rule changed since answers 409 version-conflict (none given: the change applies to whatever is there).
 */
public record RuleRequest(@NotBlank @Size(max = 100) String name, @Size(max = 500) String description,
                          boolean enabled, Conditions conditions,
                          @NotNull @Size(min = 1, max = 20) List<RuleAction> actions,
                          @Schema(description = "The version this change was made from (optional)") Integer version)
        implements StrictJson {
}
