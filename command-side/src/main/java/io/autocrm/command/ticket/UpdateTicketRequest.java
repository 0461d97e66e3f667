package io.autocrm.command.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.platform.web.RequestIds;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PATCH /api/v1/tickets/{id}}: only the properties present change. {@code assigneeId} and
 * {@code teamId} set to null unassign; a custom field set to null is cleared; {@code tags} replaces all tags, then
 * {@code addTags} and {@code removeTags} apply. A class with setters rather than a record, to tell an absent
 * property from one set to null; getters exist for the API documentation.
 */
final class UpdateTicketRequest implements StrictJson {

    private String status;
    private String priority;
    private String type;
    private String assigneeId;
    private boolean assigneeIdPresent;
    private String teamId;
    private boolean teamIdPresent;
    private List<String> tags;
    private List<String> addTags;
    private List<String> removeTags;
    private Map<String, Object> customFields;

    public void setStatus(String status) {
        this.status = status;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public void setType(String type) {
        this.type = type;
    }

    public void setAssigneeId(String assigneeId) {
        this.assigneeId = assigneeId;
        this.assigneeIdPresent = true;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
        this.teamIdPresent = true;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public void setAddTags(List<String> addTags) {
        this.addTags = addTags;
    }

    public void setRemoveTags(List<String> removeTags) {
        this.removeTags = removeTags;
    }

    public void setCustomFields(Map<String, Object> customFields) {
        this.customFields = customFields;
    }

    public String getStatus() {
        return status;
    }

    @Schema(allowableValues = {"low", "normal", "high", "urgent"})
    public String getPriority() {
        return priority;
    }

    @Schema(allowableValues = {"question", "incident", "problem", "task"})
    public String getType() {
        return type;
    }

    public String getAssigneeId() {
        return assigneeId;
    }

    public String getTeamId() {
        return teamId;
    }

    public List<String> getTags() {
        return tags;
    }

    public List<String> getAddTags() {
        return addTags;
    }

    public List<String> getRemoveTags() {
        return removeTags;
    }

    public Map<String, Object> getCustomFields() {
        return customFields;
    }

    UpdateTicketCommand toCommand(TicketId ticketId, Long expectedAggregateVersion) {
        return UpdateTicketCommand.builder(ticketId, expectedAggregateVersion).status(status)
                .priority(RequestValues.priority(priority)).type(RequestValues.type(type))
                .assignee(assigneeIdPresent
                        ? new AssigneeChange(RequestIds.optional(assigneeId, "assigneeId", AgentId::new)) : null)
                .team(teamIdPresent ? new TeamChange(RequestIds.optional(teamId, "teamId", TeamId::new)) : null)
                .tags(tags).addTags(addTags).removeTags(removeTags).customFields(CustomFieldInput.raw(customFields))
                .build();
    }
}
