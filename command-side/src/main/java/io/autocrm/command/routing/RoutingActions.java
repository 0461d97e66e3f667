package io.autocrm.command.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.autocrm.events.ticket.SkillRequirement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What a routing rule does to a ticket it matches; every part is optional: set the team, the priority, the type, add
 * tags, require skills (the whole set), assign to a named agent. Ids are raw UUIDs, priority and type their keys.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutingActions(String teamId,
                             @Schema(allowableValues = {"low", "normal", "high", "urgent"}) String priority,
                             @Schema(allowableValues = {"question", "incident", "problem", "task"}) String type,
                             List<String> addTags, List<SkillRequirement> requireSkills, String assigneeId) {

    static RoutingActions none() {
        return new RoutingActions(null, null, null, null, null, null);
    }

    boolean isEmpty() {
        return teamId == null && priority == null && type == null && (addTags == null || addTags.isEmpty())
                && requireSkills == null && assigneeId == null;
    }
}
