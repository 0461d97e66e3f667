package io.autocrm.command.routing;

import io.autocrm.command.rules.Conditions;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a routing rule: its place in the order ({@code position}, 1 first; 0 for a version that is not the
 * current one), its name, whether it is enabled, its conditions and actions, and who made this version when.
 */
public record RoutingRule(UUID id, int version, int position, String name, boolean enabled, Conditions conditions,
                          RoutingActions actions, Instant changedAt, String changedBy) {
}
