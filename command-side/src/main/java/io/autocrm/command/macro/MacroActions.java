package io.autocrm.command.macro;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;

/**
 * What a macro does; every part is optional. The property changes are those of {@code PATCH /api/v1/tickets/{id}}:
 * status key, priority, type, assignee ({@value #CURRENT_AGENT} for whoever applies it), team, tags to add and to
 * remove, custom field values (null clears). {@code message} is the reply or note text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MacroActions(String status,
                           @Schema(allowableValues = {"low", "normal", "high", "urgent"}) String priority,
                           @Schema(allowableValues = {"question", "incident", "problem", "task"}) String type,
                           @Schema(description = "An agent's id, or current-agent") String assigneeId,
                           String teamId, List<String> addTags, List<String> removeTags,
                           Map<String, Object> customFields, @Valid MacroMessage message) {

    /** The assignee that stands for the agent applying the macro. */
    public static final String CURRENT_AGENT = "current-agent";

    static MacroActions none() {
        return new MacroActions(null, null, null, null, null, null, null, null, null);
    }

    boolean changesProperties() {
        return status != null || priority != null || type != null || assigneeId != null || teamId != null
                || !(addTags == null || addTags.isEmpty()) || !(removeTags == null || removeTags.isEmpty())
                || !(customFields == null || customFields.isEmpty());
    }
}
