package io.autocrm.command.directory;

import java.util.Set;
import java.util.UUID;

/**
 * Published (as a Spring application event) when an admin changed what assignment depends on for these teams: their
 * members or method, or a member's capacity, skills or activity. The assignment engine looks at those teams' waiting
 * tickets once the change has committed.
 */
public record AssignmentInputsChanged(Set<UUID> teamIds) {
}
