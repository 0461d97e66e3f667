package io.autocrm.command.routing;

import io.autocrm.command.rules.Conditions;
import io.autocrm.platform.web.StrictJson;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rule as an admin writes it: saved as a new version, or tried in a dry run. No conditions match every ticket. */
public record RuleDraft(@NotBlank @Size(max = 100) String name, boolean enabled, Conditions conditions,
                        RoutingActions actions) implements StrictJson {
}
