package io.autocrm.query.queue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a queue shows. Empty lists and nulls mean "any". Within one list any value matches; tags and custom field
 * values must all be present. {@code assigneeId} and {@code teamId} are a lowercase UUID or {@value #NONE}. Time bounds
 * are half-open: {@code after <= t < before}. {@code organisationIds} are lowercase UUIDs of the requester's
 * organisation. Values are validated by whoever builds the filter.
 *
 * @param text full-text words on subject and messages; evaluated in SQL only, so {@link #matches} ignores it
 * @param slaBreached whether any open SLA target is breached (null: either)
 * @param slaDueBefore the next SLA target falls due before this instant (breached ones included)
 */
public record QueueFilter(List<String> statuses, List<String> categories, List<String> priorities,
                          List<String> types, String assigneeId, String teamId, String requesterId,
                          List<String> organisationIds, List<String> tags, List<String> channels,
                          Map<String, List<String>> customFields,
                          String text, Instant createdAfter, Instant createdBefore, Instant updatedAfter,
                          Instant updatedBefore, Boolean slaBreached, Instant slaDueBefore) {

    /** The value of {@code assigneeId}/{@code teamId} that asks for tickets without one. */
    public static final String NONE = "none";

    public QueueFilter {
        statuses = List.copyOf(statuses);
        categories = List.copyOf(categories);
        priorities = List.copyOf(priorities);
        types = List.copyOf(types);
        organisationIds = List.copyOf(organisationIds);
        tags = List.copyOf(tags);
        channels = List.copyOf(channels);
        customFields = Map.copyOf(customFields);
    }

    /** Whether a queue row passes this filter, evaluated in memory (for live updates). */
    public boolean matches(QueueItem item) {
        return anyOf(statuses, item.status().key()) && anyOf(categories, item.status().category())
                && anyOf(priorities, item.priority()) && anyOf(types, item.type())
                && anyOf(channels, item.channel())
                && idMatches(assigneeId, item.assignee() == null ? null : item.assignee().id())
                && idMatches(teamId, item.team() == null ? null : item.team().id())
                && (requesterId == null || requesterId.equals(item.requester().id()))
                && (organisationIds.isEmpty()
                        || item.organisation() != null && organisationIds.contains(item.organisation().id()))
                && item.tags().containsAll(tags) && customFieldsMatch(item.customFields())
                && within(item.createdAt(), createdAfter, createdBefore)
                && within(item.updatedAt(), updatedAfter, updatedBefore)
                && (slaBreached == null || slaBreached == (item.sla() != null && item.sla().breached()))
                && (slaDueBefore == null || item.sla() != null && item.sla().dueAt() != null
                        && item.sla().dueAt().isBefore(slaDueBefore));
    }

    private static boolean anyOf(List<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    private static boolean idMatches(String wanted, String actual) {
        if (wanted == null) {
            return true;
        }
        return NONE.equals(wanted) ? actual == null : wanted.equals(actual);
    }

    private boolean customFieldsMatch(Map<String, List<String>> actual) {
        return customFields.entrySet().stream().allMatch(wanted ->
                Objects.requireNonNullElse(actual.get(wanted.getKey()), List.<String>of()).containsAll(wanted.getValue()));
    }

    private static boolean within(Instant t, Instant after, Instant before) {
        return (after == null || !t.isBefore(after)) && (before == null || t.isBefore(before));
    }
}
