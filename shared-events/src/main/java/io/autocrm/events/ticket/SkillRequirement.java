package io.autocrm.events.ticket;

/**
 * A skill an agent needs to take a ticket, at {@code level} (1 basic, 2 good, 3 expert) or above. {@code skill} is the
 * key of a skill the admin defined.
 */
public record SkillRequirement(String skill, int level) {
}
