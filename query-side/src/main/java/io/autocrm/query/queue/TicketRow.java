package io.autocrm.query.queue;

import io.autocrm.query.postgres.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One {@code read_model.ticket} row held in memory while a batch of events is folded into it, so a batch writes each
 * ticket once. Each change does in Java exactly what the per-event SQL did: tags distinct and sorted by code point
 * (PostgreSQL's {@code COLLATE "C"}), custom field values replaced or removed per key, {@code solved_at} set on entry
 * into the solved category, kept while solved or closed and cleared otherwise.
 */
final class TicketRow {

    UUID ticketId;
    long number;
    UUID requesterId;
    String statusKey;
    String statusCategory;
    String priority;
    int priorityRank;
    String type;
    UUID assigneeId;
    UUID teamId;
    List<String> tags;
    Map<String, List<String>> customFields;
    String channel;
    UUID followUpOf;
    OffsetDateTime createdAt;
    OffsetDateTime updatedAt;
    OffsetDateTime firstResponseAt;
    OffsetDateTime solvedAt;
    int messageCount;
    long version;
    /** Open SLA targets by {@code metric#cycle}: due time (null: paused) and whether breached. */
    Map<String, SlaOpen> slaOpen = new java.util.TreeMap<>();

    /** An open SLA target as the queue row keeps it. */
    record SlaOpen(String metric, OffsetDateTime dueAt, boolean breached) {
    }

    /** When no SLA target runs: sorts after every due time. */
    static final OffsetDateTime NO_SLA_DUE = OffsetDateTime.parse("9999-12-31T00:00:00Z");

    static TicketRow read(ResultSet rs) throws SQLException {
        TicketRow row = new TicketRow();
        row.ticketId = rs.getObject("ticket_id", UUID.class);
        row.number = rs.getLong("number");
        row.requesterId = rs.getObject("requester_id", UUID.class);
        row.statusKey = rs.getString("status_key");
        row.statusCategory = rs.getString("status_category");
        row.priority = rs.getString("priority");
        row.priorityRank = rs.getInt("priority_rank");
        row.type = rs.getString("type");
        row.assigneeId = rs.getObject("assignee_id", UUID.class);
        row.teamId = rs.getObject("team_id", UUID.class);
        row.tags = List.of((String[]) rs.getArray("tags").getArray());
        row.customFields = Json.customFields(rs.getString("custom_fields"));
        row.channel = rs.getString("channel");
        row.followUpOf = rs.getObject("follow_up_of", UUID.class);
        row.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        row.updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        row.firstResponseAt = rs.getObject("first_response_at", OffsetDateTime.class);
        row.solvedAt = rs.getObject("solved_at", OffsetDateTime.class);
        row.messageCount = rs.getInt("message_count");
        row.version = rs.getLong("version");
        row.slaOpen = new java.util.TreeMap<>(Json.read(rs.getString("sla_open"), SlaOpenMap.class));
        return row;
    }

    void status(String key, String category, OffsetDateTime at) {
        if (category.equals("solved") && !statusCategory.equals("solved")) {
            solvedAt = at;
        } else if (!category.equals("solved") && !category.equals("closed")) {
            solvedAt = null;
        }
        statusKey = key;
        statusCategory = category;
    }

    void tag(Collection<String> added) {
        List<String> all = new ArrayList<>(tags);
        all.addAll(added);
        tags = sortedDistinct(all);
    }

    void untag(Collection<String> removed) {
        tags = tags.stream().filter(tag -> !removed.contains(tag)).sorted(TicketRow::byCodePoint).toList();
    }

    void customField(String key, List<String> values) {
        if (values.isEmpty()) {
            customFields.remove(key);
        } else {
            customFields.put(key, List.copyOf(values));
        }
    }

    /** For reading {@code sla_open}. */
    static final class SlaOpenMap extends java.util.TreeMap<String, SlaOpen> {
    }

    void slaClock(String key, String metric, OffsetDateTime dueAt) {
        SlaOpen current = slaOpen.get(key);
        slaOpen.put(key, new SlaOpen(metric, dueAt, current != null && current.breached()));
    }

    void slaBreached(String key, String metric) {
        SlaOpen current = slaOpen.get(key);
        slaOpen.put(key, new SlaOpen(metric, current == null ? null : current.dueAt(), true));
    }

    void slaFulfilled(String key) {
        slaOpen.remove(key);
    }

    /** A new policy restarts every open target that was not breached (breached ones stay until fulfilled). */
    void slaPolicyChanged() {
        slaOpen.values().removeIf(open -> !open.breached());
    }

    /** The open running target due first (breached ones included: they are overdue); null when none runs. */
    SlaOpen slaNext() {
        return slaOpen.values().stream().filter(open -> open.dueAt() != null)
                .min(java.util.Comparator.comparing(SlaOpen::dueAt)).orElse(null);
    }

    boolean slaBreachedAny() {
        return slaOpen.values().stream().anyMatch(SlaOpen::breached);
    }

    void publicReply(OffsetDateTime at) {
        messageCount++;
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    /** Distinct, in UTF-8 byte order (code point order), as {@code COLLATE "C"} sorts them. */
    static List<String> sortedDistinct(Collection<String> tags) {
        TreeSet<String> sorted = new TreeSet<>(TicketRow::byCodePoint);
        sorted.addAll(tags);
        return List.copyOf(sorted);
    }

    private static int byCodePoint(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
