package io.autocrm.command.macro;

import java.time.Instant;

/**
 * A macro as the API shows it. {@code ownerId} is the agent who created it; {@code shared} macros are listed for
 * every agent and changed by admins only. {@code useCount} counts its applications, {@code lastUsedAt} the latest.
 */
public record Macro(String id, String name, String description, String ownerId, boolean shared,
                    MacroActions actions, long useCount, Instant lastUsedAt, Instant createdAt, Instant updatedAt) {
}
