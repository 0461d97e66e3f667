package io.autocrm.query.views;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/v1/views} and {@code PUT /api/v1/views/{id}}. {@code filters} default to none,
 * {@code sort} to {@code -updatedAt}; {@code columns} are at least one of the queue's columns.
 */
record ViewRequest(@NotBlank @Size(max = 100) String name,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                           description = "shared with every agent (admins only) or personal") boolean shared,
                   ViewFilters filters,
                   @NotNull @Size(min = 1, max = 40)
                   @ArraySchema(schema = @Schema(example = "subject", description = "number, subject, requester, "
                           + "status, priority, assignee, team, updatedAt, createdAt, type, channel, tags, "
                           + "organisation or cf.<fieldKey>"))
                   List<String> columns,
                   @Schema(allowableValues = {"updatedAt", "-updatedAt", "createdAt", "-createdAt", "priority",
                       "-priority", "number", "-number"}, defaultValue = "-updatedAt")
                   String sort) {
}
