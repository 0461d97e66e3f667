package io.autocrm.query.queue;

import io.autocrm.query.postgres.Json;
import io.autocrm.query.postgres.Times;
import io.autocrm.query.access.Viewer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one SQL statement behind a queue page: the ticket rows joined with the requester, the subject, the assignee's
 * and the team's names, limited to what the viewer may see, filtered, keyset-paged and sorted. Values travel as bind
 * parameters only.
 */
final class QueueSql {

    private static final String COLUMNS = """
            SELECT t.ticket_id, t.number, t.requester_id, t.status_key, t.status_category, t.priority, t.type,
                   t.assignee_id, t.team_id, t.tags, t.custom_fields::text AS custom_fields, t.channel, t.follow_up_of,
                   t.created_at, t.updated_at, t.first_response_at, t.solved_at, t.message_count, t.version,
                   t.sla_due_at, t.sla_metric, t.sla_breached,
                   c.name AS requester_name, c.email AS requester_email, c.erased_at IS NOT NULL AS requester_erased,
                   s.body AS subject, a.name AS assignee_name, tm.name AS team_name,
                   c.organisation_id, org.name AS organisation_name""";
    private static final String FROM = """

              FROM read_model.ticket t
              LEFT JOIN pii.customer c ON c.id = t.requester_id
              LEFT JOIN pii.ticket_content s ON s.content_id = t.ticket_id AND s.kind = 'subject'
              LEFT JOIN directory.agent a ON a.id = t.assignee_id
              LEFT JOIN directory.team tm ON tm.id = t.team_id
              LEFT JOIN directory.organisation org ON org.id = c.organisation_id
            """;

    /** Selects queue rows with their display data; {@code t} is read_model.ticket. */
    static final String SELECT = COLUMNS + FROM;

    /**
     * Selects queue rows as {@link #SELECT} does, with what decides which customers may see them now: the requester's
     * organisation and whether it shares tickets.
     */
    static final String SELECT_WITH_AUDIENCE = COLUMNS + ", c.organisation_id AS requester_organisation,"
            + " COALESCE(o.shared_tickets, false) AS organisation_shares" + FROM
            + " LEFT JOIN directory.organisation o ON o.id = c.organisation_id\n";

    private static final Pattern TICKET_NUMBER = Pattern.compile("#?([0-9]{1,18})");

    /** Full text over the subject and every message, internal notes included: staff search. */
    private static final String TEXT = "EXISTS (SELECT 1 FROM pii.ticket_content tc WHERE tc.ticket_id = t.ticket_id"
            + " AND tc.tsv @@ plainto_tsquery('simple', :q))";

    /** Full text over what a customer sees: the subject and the public conversation, never an internal note. */
    private static final String PUBLIC_TEXT = "EXISTS (SELECT 1 FROM pii.ticket_content tc WHERE tc.ticket_id = t.ticket_id"
            + " AND tc.tsv @@ plainto_tsquery('simple', :q) AND (tc.kind = 'subject' OR EXISTS (SELECT 1"
            + " FROM read_model.ticket_message m WHERE m.message_id = tc.content_id AND m.kind IN ('description',"
            + " 'customer-message', 'public-reply'))))";

    /**
     * A customer's tickets: requested by them, or by a member of their ticket-sharing organisation. An equality, or
     * {@code = ANY} of an array computed once (an init plan), so the (requester_id, updated_at, ticket_id) index
     * serves it; an {@code IN (subquery)} was planned as a sequential scan with a hash join (EXPLAIN, 20 000 tickets).
     */
    private static final String OWN = "t.requester_id = :viewerId";
    private static final String OWN_OR_ORGANISATION = "t.requester_id = ANY(ARRAY(SELECT m.id FROM pii.customer m"
            + " WHERE m.organisation_id = :viewerOrganisation UNION ALL SELECT CAST(:viewerId AS uuid)))";

    private final StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
    private final Map<String, Object> params = new HashMap<>();

    private QueueSql() {
    }

    /** Counts what the queue would show; joins only what filters need (the requester, for the organisation). */
    private static final String COUNT = "SELECT count(*) FROM read_model.ticket t"
            + " LEFT JOIN pii.customer c ON c.id = t.requester_id";

    /** The statement for one page; it fetches {@code limit + 1} rows to learn whether another page follows. */
    static QueueSql page(FindTicketQueueQuery query) {
        QueueSql sql = new QueueSql();
        sql.visibleTo(query.viewer());
        sql.filter(query.filter(), query.viewer().isCustomer());
        if (query.cursor() != null) {
            sql.after(query.cursor());
        }
        sql.params.put("limit", query.limit() + 1);
        return sql;
    }

    /** The statement that counts every ticket of the query's view (its cursor and limit play no part). */
    static QueueSql count(FindTicketQueueQuery query) {
        QueueSql sql = new QueueSql();
        sql.visibleTo(query.viewer());
        sql.filter(query.filter(), query.viewer().isCustomer());
        return sql;
    }

    String countSql() {
        return COUNT + where;
    }

    String sql(QueueSort sort) {
        String direction = sort.descending() ? " DESC" : " ASC";
        return SELECT + where + " ORDER BY t." + sort.column() + direction + ", t.ticket_id" + direction
                + " LIMIT :limit";
    }

    Map<String, Object> params() {
        return params;
    }

    private void visibleTo(Viewer viewer) {
        if (viewer.isCustomer()) {
            add(viewer.sharedOrganisationId() == null ? OWN : OWN_OR_ORGANISATION, "viewerId", viewer.customerId());
            if (viewer.sharedOrganisationId() != null) {
                params.put("viewerOrganisation", viewer.sharedOrganisationId());
            }
        }
    }

    private void filter(QueueFilter f, boolean publicTextOnly) {
        in("t.status_key", "statuses", f.statuses());
        in("t.status_category", "categories", f.categories());
        in("t.priority_rank", "priorityRanks", f.priorities().stream().map(PriorityRank::of).toList());
        in("t.type", "types", f.types());
        in("t.channel", "channels", f.channels());
        id("t.assignee_id", "assigneeId", f.assigneeId());
        id("t.team_id", "teamId", f.teamId());
        id("t.requester_id", "requesterId", f.requesterId());
        in("c.organisation_id", "organisationIds", f.organisationIds().stream().map(UUID::fromString).toList());
        if (!f.tags().isEmpty()) {
            add("t.tags @> CAST(:tags AS text[])", "tags", f.tags().toArray(String[]::new));
        }
        int i = 0;
        for (Map.Entry<String, List<String>> field : f.customFields().entrySet()) {
            add("t.custom_fields @> CAST(:cf" + i + " AS jsonb)", "cf" + i++, Json.write(Map.of(field.getKey(),
                    field.getValue())));
        }
        if (f.text() != null) {
            text(publicTextOnly ? PUBLIC_TEXT : TEXT, f.text());
        }
        time("t.created_at >= :createdAfter", "createdAfter", f.createdAfter());
        time("t.created_at < :createdBefore", "createdBefore", f.createdBefore());
        time("t.updated_at >= :updatedAfter", "updatedAfter", f.updatedAfter());
        time("t.updated_at < :updatedBefore", "updatedBefore", f.updatedBefore());
        if (f.slaBreached() != null) {
            add("t.sla_breached = :slaBreached", "slaBreached", f.slaBreached());
        }
        time("t.sla_due_at < :slaDueBefore", "slaDueBefore", f.slaDueBefore());
    }

    private void after(QueueCursor cursor) {
        String op = cursor.sort().descending() ? "<" : ">";
        Object value = cursor.value() instanceof Instant at ? Times.toDb(at) : cursor.value();
        where.add("(t." + cursor.sort().column() + ", t.ticket_id) " + op + " (:afterValue, :afterId)");
        params.put("afterValue", value);
        params.put("afterId", cursor.ticketId());
    }

    /** Full text; a text that is a ticket number ({@code 1042} or {@code #1042}) also finds that ticket. */
    private void text(String fullText, String q) {
        Matcher number = TICKET_NUMBER.matcher(q.strip());
        if (number.matches()) {
            where.add("(t.number = :qNumber OR " + fullText + ")");
            params.put("qNumber", Long.parseLong(number.group(1)));
            params.put("q", q);
        } else {
            add(fullText, "q", q);
        }
    }

    private void in(String column, String name, List<?> values) {
        if (!values.isEmpty()) {
            add(column + " IN (:" + name + ")", name, values);
        }
    }

    private void id(String column, String name, String value) {
        if (QueueFilter.NONE.equals(value)) {
            where.add(column + " IS NULL");
        } else if (value != null) {
            add(column + " = :" + name, name, UUID.fromString(value));
        }
    }

    private void time(String condition, String name, Instant value) {
        if (value != null) {
            add(condition, name, Times.toDb(value));
        }
    }

    private void add(String condition, String name, Object value) {
        where.add(condition);
        params.put(name, value);
    }
}
