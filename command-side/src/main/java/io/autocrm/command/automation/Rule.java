package io.autocrm.command.automation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.autocrm.command.rules.Conditions;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A trigger or an automation as the API shows it. Rules of a kind act in {@code position} order; a disabled one
 * never acts. {@code version} grows with every save and is named, with the rule, as the cause of what it does.
 * {@code activeFrom}: a trigger reacts only to changes recorded since (its creation or last enabling).
 */
public record Rule(String id, @JsonIgnore RuleKind kind, String name, String description, int position,
                   boolean enabled, int version, Conditions conditions, List<RuleAction> actions,
                   @Schema(description = "Triggers react to changes recorded from this instant on") Instant activeFrom,
                   Instant createdAt, Instant updatedAt) {
}
