package io.autocrm.command.macro;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A macro made ready for one ticket and one caller: the property changes as a {@code PATCH /api/v1/tickets/{id}} body
 * (the assignee resolved to the caller for {@value MacroActions#CURRENT_AGENT}) and the text with its placeholders
 * filled (values HTML-escaped), for the agent to review. {@code version} is the ticket's version it was rendered at:
 * send it as {@code If-Match}, with the header {@code X-AutoCRM-Macro: <macroId>}, to apply.
 */
public record RenderedMacro(String macroId, String macroName, String ticketId, long version, Changes changes,
                            Message message) {

    /** The property changes; only those the macro makes are present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MacroChanges")
    public record Changes(String status, String priority, String type, String assigneeId, String teamId,
                          List<String> addTags, List<String> removeTags, Map<String, Object> customFields) {
    }

    /** The text, as sanitised HTML with every placeholder filled. */
    @Schema(name = "RenderedMacroMessage")
    public record Message(@Schema(allowableValues = {"public-reply", "internal-note"}) String kind, String body) {
    }
}
