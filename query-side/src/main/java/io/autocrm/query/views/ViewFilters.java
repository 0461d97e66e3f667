package io.autocrm.query.views;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A saved view's filters: the queue's filter parameters as one object. Lists may be empty; other members null.
 * {@code assigneeId} and {@code teamId} are a UUID or {@code none}; times are ISO-8601 instants;
 * {@code customFields} maps a field key to the value the field must hold.
 */
public record ViewFilters(List<String> status,
                          @ArraySchema(schema = @Schema(allowableValues = {"new", "open", "pending", "on-hold", "solved", "closed"})) List<String> category,
                          @ArraySchema(schema = @Schema(allowableValues = {"low", "normal", "high", "urgent"})) List<String> priority,
                          @ArraySchema(schema = @Schema(allowableValues = {"question", "incident", "problem", "task"})) List<String> type,
                          String assigneeId, String teamId, String requesterId, List<String> organisationId,
                          List<String> tag, @ArraySchema(schema = @Schema(allowableValues = {"web", "email", "api", "chat", "widget", "system"})) List<String> channel, String q, String createdAfter,
                          String createdBefore, String updatedAfter, String updatedBefore,
                          Map<String, String> customFields) {

    public ViewFilters {
        status = copy(status);
        category = copy(category);
        priority = copy(priority);
        type = copy(type);
        organisationId = copy(organisationId);
        tag = copy(tag);
        channel = copy(channel);
        customFields = customFields == null ? Map.of() : new TreeMap<>(customFields);
    }

    /** No filter: every ticket. */
    static ViewFilters none() {
        return new ViewFilters(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** The same filters as the queue's query parameters ({@code GET /api/v1/tickets?...}). */
    MultiValueMap<String, String> asQueryParameters() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        BiConsumer<String, List<String>> many = (name, values) -> values.forEach(v -> params.add(name, v));
        BiConsumer<String, String> one = (name, value) -> {
            if (value != null) {
                params.add(name, value);
            }
        };
        many.accept("status", status);
        many.accept("category", category);
        many.accept("priority", priority);
        many.accept("type", type);
        one.accept("assigneeId", assigneeId);
        one.accept("teamId", teamId);
        one.accept("requesterId", requesterId);
        many.accept("organisationId", organisationId);
        many.accept("tag", tag);
        many.accept("channel", channel);
        one.accept("q", q);
        one.accept("createdAfter", createdAfter);
        one.accept("createdBefore", createdBefore);
        one.accept("updatedAfter", updatedAfter);
        one.accept("updatedBefore", updatedBefore);
        customFields.forEach((key, value) -> params.add("cf." + key, value));
        return params;
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
