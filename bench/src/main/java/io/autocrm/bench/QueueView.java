package io.autocrm.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One queue view, expressed twice: as the query string of {@code GET /api/v1/tickets}, and as the exact statement
 * the app's QueueSql builds for it (same SELECT, joins, WHERE order, keyset condition, ORDER BY and LIMIT + 1), so
 * the baseline runs the same SQL through plain JDBC.
 */
final class QueueView {

    /** query-side QueueSql.SELECT, verbatim. */
    static final String SELECT = """
            SELECT t.ticket_id, t.number, t.requester_id, t.status_key, t.status_category, t.priority, t.type,
                   t.assignee_id, t.team_id, t.tags, t.custom_fields::text AS custom_fields, t.channel, t.follow_up_of,
                   t.created_at, t.updated_at, t.first_response_at, t.solved_at, t.message_count, t.version,
                   c.name AS requester_name, c.email AS requester_email, c.erased_at IS NOT NULL AS requester_erased,
                   s.body AS subject, a.name AS assignee_name, tm.name AS team_name
              FROM read_model.ticket t
              LEFT JOIN pii.customer c ON c.id = t.requester_id
              LEFT JOIN pii.ticket_content s ON s.content_id = t.ticket_id AND s.kind = 'subject'
              LEFT JOIN directory.agent a ON a.id = t.assignee_id
              LEFT JOIN directory.team tm ON tm.id = t.team_id
            """;
    private static final Map<String, String> SORT_COLUMNS = Map.of("updatedAt", "updated_at", "createdAt",
            "created_at", "priority", "priority_rank", "number", "number");
    private static final List<String> PRIORITY_RANK = List.of("low", "normal", "high", "urgent");

    final String name;
    final boolean builtIn;
    final List<String> categories;
    final List<String> priorities;
    final String assigneeId;
    final String teamId;
    final List<String> tags;
    final Map<String, String> customFields;
    final String text;
    final String sort;
    final int limit;
    final boolean secondPage;
    String cursor;

    QueueView(String name, boolean builtIn, List<String> categories, List<String> priorities, String assigneeId,
              String teamId, List<String> tags, Map<String, String> customFields, String text, String sort, int limit,
              boolean secondPage) {
        this.name = name;
        this.builtIn = builtIn;
        this.categories = List.copyOf(new TreeSet<>(categories));
        this.priorities = List.copyOf(new TreeSet<>(priorities));
        this.assigneeId = assigneeId;
        this.teamId = teamId;
        this.tags = List.copyOf(new TreeSet<>(tags));
        this.customFields = new TreeMap<>(customFields);
        this.text = text;
        this.sort = sort;
        this.limit = limit;
        this.secondPage = secondPage;
    }

    QueueView page2() {
        return new QueueView(name + " (page 2)", builtIn, categories, priorities, assigneeId, teamId, tags,
                customFields, text, sort, limit, true);
    }

    /** The first page of a second-page view, whose nextCursor the second page uses. */
    String page2FirstPath() {
        return new QueueView(name, builtIn, categories, priorities, assigneeId, teamId, tags, customFields, text, sort,
                limit, false).path();
    }

    String path() {
        StringJoiner q = new StringJoiner("&", "/api/v1/tickets?", "").setEmptyValue("/api/v1/tickets");
        if (!categories.isEmpty()) {
            q.add("category=" + String.join(",", categories));
        }
        if (!priorities.isEmpty()) {
            q.add("priority=" + String.join(",", priorities));
        }
        if (assigneeId != null) {
            q.add("assigneeId=" + assigneeId);
        }
        if (teamId != null) {
            q.add("teamId=" + teamId);
        }
        tags.forEach(t -> q.add("tag=" + t));
        customFields.forEach((k, v) -> q.add("cf." + k + "=" + v));
        if (text != null) {
            q.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        if (sort != null) {
            q.add("sort=" + sort);
        }
        if (limit != 25) {
            q.add("limit=" + limit);
        }
        if (secondPage) {
            q.add("cursor=" + cursor);
        }
        return q.toString();
    }

    /** QueueSql.page(...).sql(sort) with JDBC placeholders, and its parameters in order. */
    PreparedStatement statement(Connection c) throws Exception {
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        List<Object> params = new ArrayList<>();
        in(where, params, "t.status_category", categories);
        in(where, params, "t.priority_rank", priorities.stream().map(PRIORITY_RANK::indexOf).toList());
        id(where, params, "t.assignee_id", assigneeId);
        id(where, params, "t.team_id", teamId);
        if (!tags.isEmpty()) {
            where.add("t.tags @> CAST(? AS text[])");
            params.add(c.createArrayOf("text", tags.toArray()));
        }
        for (Map.Entry<String, String> f : customFields.entrySet()) {
            where.add("t.custom_fields @> CAST(? AS jsonb)");
            params.add("{\"" + f.getKey() + "\":[\"" + f.getValue() + "\"]}");
        }
        if (text != null) {
            where.add("EXISTS (SELECT 1 FROM pii.ticket_content tc WHERE tc.ticket_id = t.ticket_id"
                    + " AND tc.tsv @@ plainto_tsquery('simple', ?))");
            params.add(text);
        }
        String field = sort == null ? "updatedAt" : sort.replace("-", "");
        boolean descending = sort == null || sort.startsWith("-");
        String column = SORT_COLUMNS.get(field);
        String direction = descending ? " DESC" : " ASC";
        if (secondPage) {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            where.add("(t." + column + ", t.ticket_id) " + (descending ? "<" : ">") + " (?, ?)");
            params.add(field.endsWith("At") ? OffsetDateTime.ofInstant(
                    Instant.parse(parts[2]).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC) : Long.parseLong(parts[2]));
            params.add(UUID.fromString(parts[3]));
        }
        String sql = SELECT + where + " ORDER BY t." + column + direction + ", t.ticket_id" + direction + " LIMIT ?";
        params.add(limit + 1);
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    private static void in(StringJoiner where, List<Object> params, String column, List<?> values) {
        if (!values.isEmpty()) {
            where.add(column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
            params.addAll(values);
        }
    }

    private static void id(StringJoiner where, List<Object> params, String column, String value) {
        if ("none".equals(value)) {
            where.add(column + " IS NULL");
        } else if (value != null) {
            where.add(column + " = ?");
            params.add(UUID.fromString(value));
        }
    }
}
