package io.autocrm.query.queue;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the queue's filters in the OpenAPI document (the endpoints read them from one map, strictly: unknown
 * parameters are refused). List filters repeat or take comma-separated values; custom fields are {@code cf.<key>}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameters({
    @Parameter(in = ParameterIn.QUERY, name = "status", description = "Status keys (built-in or custom)",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(in = ParameterIn.QUERY, name = "category", description = "Status categories",
            array = @ArraySchema(schema = @Schema(type = "string",
                    allowableValues = {"new", "open", "pending", "on-hold", "solved", "closed"}))),
    @Parameter(in = ParameterIn.QUERY, name = "priority",
            array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {"low", "normal", "high", "urgent"}))),
    @Parameter(in = ParameterIn.QUERY, name = "type",
            array = @ArraySchema(schema = @Schema(type = "string",
                    allowableValues = {"question", "incident", "problem", "task"}))),
    @Parameter(in = ParameterIn.QUERY, name = "channel",
            array = @ArraySchema(schema = @Schema(type = "string",
                    allowableValues = {"web", "email", "api", "chat", "widget", "system"}))),
    @Parameter(in = ParameterIn.QUERY, name = "assigneeId", description = "Agent id, or `none` for unassigned",
            schema = @Schema(type = "string")),
    @Parameter(in = ParameterIn.QUERY, name = "teamId", description = "Team id, or `none`", schema = @Schema(type = "string")),
    @Parameter(in = ParameterIn.QUERY, name = "requesterId", schema = @Schema(type = "string", format = "uuid")),
    @Parameter(in = ParameterIn.QUERY, name = "organisationId", description = "The requester's organisation",
            array = @ArraySchema(schema = @Schema(type = "string", format = "uuid"))),
    @Parameter(in = ParameterIn.QUERY, name = "tag", description = "Tags the ticket must all have",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(in = ParameterIn.QUERY, name = "cf.{fieldKey}",
            description = "Custom field filter, e.g. `cf.plan=pro`: the field holds this value",
            schema = @Schema(type = "string")),
    @Parameter(in = ParameterIn.QUERY, name = "createdAfter", schema = @Schema(type = "string", format = "date-time")),
    @Parameter(in = ParameterIn.QUERY, name = "createdBefore", schema = @Schema(type = "string", format = "date-time")),
    @Parameter(in = ParameterIn.QUERY, name = "updatedAfter", schema = @Schema(type = "string", format = "date-time")),
    @Parameter(in = ParameterIn.QUERY, name = "updatedBefore", schema = @Schema(type = "string", format = "date-time")),
    @Parameter(in = ParameterIn.QUERY, name = "slaBreached", description = "Whether any open SLA target is breached",
            schema = @Schema(type = "boolean")),
    @Parameter(in = ParameterIn.QUERY, name = "slaDueBefore",
            description = "The next SLA target falls due before this instant (breached ones included)",
            schema = @Schema(type = "string", format = "date-time"))
})
@interface QueueFilterParameters {
}
