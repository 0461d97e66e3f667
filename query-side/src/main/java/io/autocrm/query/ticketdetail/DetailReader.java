package io.autocrm.query.ticketdetail;

import io.autocrm.events.common.AttachmentId;
import io.autocrm.platform.files.SignedLinks;
import io.autocrm.query.queue.QueueReader;
import io.autocrm.query.postgres.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the live detail: the queue row, then the messages up to the row's version (both projected in one
 * processing group, so the pair is consistent even if the projection commits between the two statements).
 */
@Component
class DetailReader {

    /**
     * The ticket's own messages and those it shows from other tickets' histories (merged in, split from), each up to
     * the row's version, in order of writing; a message split off this ticket carries the ticket it moved to.
     */
    private static final String MESSAGES = """
            SELECT x.message_id, x.kind, x.author_type, x.author_id, x.created_at, b.body, b.body_html,
                   COALESCE(a.name, c.name) AS author_name, x.origin_ticket_id, x.origin_number, x.origin_relation,
                   s.other_ticket_id AS moved_to, s.other_number AS moved_to_number
              FROM (SELECT m.message_id, m.kind, m.author_type, m.author_id, m.created_at,
                           NULL::uuid AS origin_ticket_id, NULL::bigint AS origin_number,
                           NULL::varchar AS origin_relation
                      FROM read_model.ticket_message m
                     WHERE m.ticket_id = :ticketId AND m.version <= :version
                    UNION ALL
                    SELECT m.message_id, m.kind, m.author_type, m.author_id, m.created_at, l.origin_ticket_id,
                           l.origin_number, l.relation
                      FROM read_model.ticket_message_link l
                      JOIN read_model.ticket_message m ON m.message_id = l.message_id
                     WHERE l.ticket_id = :ticketId AND l.version <= :version) x
              LEFT JOIN read_model.ticket_message_link ml
                     ON ml.message_id = x.message_id AND ml.relation = 'split' AND ml.origin_ticket_id = :ticketId
              LEFT JOIN read_model.ticket_link s
                     ON s.ticket_id = :ticketId AND s.relation = 'split-into' AND s.other_ticket_id = ml.ticket_id
                    AND s.version <= :version
              LEFT JOIN pii.ticket_content b ON b.content_id = x.message_id AND b.kind = 'message'
              LEFT JOIN directory.agent a
                     ON a.id = CASE WHEN x.author_type = 'agent' THEN CAST(x.author_id AS uuid) END
              LEFT JOIN pii.customer c
                     ON c.id = CASE WHEN x.author_type = 'customer' THEN CAST(x.author_id AS uuid) END
             WHERE TRUE %s
             ORDER BY x.created_at, x.message_id
            """;
    private static final String ALL_MESSAGES = MESSAGES.formatted("");
    private static final String PUBLIC_MESSAGES = MESSAGES.formatted(
            "AND x.kind IN ('description', 'customer-message', 'public-reply')");
    private static final String LINKS = """
            SELECT relation, other_ticket_id, other_number FROM read_model.ticket_link
             WHERE ticket_id = :ticketId AND version <= :version ORDER BY version, other_ticket_id
            """;

    /** The files of messages, with their names unless erased (an erased file is left out). */
    private static final String FILES = """
            SELECT f.message_id, f.attachment_id, a.name, f.size, f.content_type, f.inline
              FROM read_model.message_attachment f
              JOIN files.attachment a ON a.id = f.attachment_id
             WHERE f.message_id = ANY(:messageIds)
             ORDER BY f.message_id, f.position
            """;

    private static final String SIDE_CONVERSATIONS = """
            SELECT s.conversation_id, s.state, s.author_type, s.author_id, s.started_at, s.updated_at,
                   t.body AS subject, a.name AS author_name
              FROM read_model.side_conversation s
              LEFT JOIN pii.ticket_content t ON t.content_id = s.conversation_id AND t.kind = 'side-subject'
              LEFT JOIN directory.agent a
                     ON a.id = CASE WHEN s.author_type = 'agent' THEN CAST(s.author_id AS uuid) END
             WHERE s.ticket_id = :ticketId AND s.version <= :version
             ORDER BY s.started_at, s.conversation_id
            """;
    private static final String SIDE_MESSAGES = """
            SELECT m.message_id, m.conversation_id, m.direction, m.author_type, m.author_id, m.recipient_ids,
                   m.created_at, b.body, b.body_html, COALESCE(a.name, c.name) AS author_name, c.email AS author_email
              FROM read_model.side_message m
              LEFT JOIN pii.ticket_content b ON b.content_id = m.message_id AND b.kind = 'side-message'
              LEFT JOIN directory.agent a
                     ON a.id = CASE WHEN m.author_type = 'agent' THEN CAST(m.author_id AS uuid) END
              LEFT JOIN pii.customer c
                     ON c.id = CASE WHEN m.author_type = 'customer' THEN CAST(m.author_id AS uuid) END
             WHERE m.ticket_id = :ticketId AND m.version <= :version
             ORDER BY m.created_at, m.message_id
            """;

    /** Each side message (up to the version) with its recipients in order, names and addresses unless erased. */
    private static final String SIDE_RECIPIENTS = """
            SELECT m.message_id, r.id AS recipient_id, c.name, c.email
              FROM read_model.side_message m
              LEFT JOIN LATERAL unnest(m.recipient_ids) WITH ORDINALITY AS r(id, position) ON true
              LEFT JOIN pii.customer c ON c.id = r.id
             WHERE m.ticket_id = :ticketId AND m.version <= :version
             ORDER BY m.created_at, m.message_id, r.position
            """;

    private final QueueReader queue;
    private final JdbcClient jdbc;
    private final SignedLinks links;

    DetailReader(QueueReader queue, DataSource dataSource, SignedLinks links) {
        this.queue = queue;
        this.jdbc = JdbcClient.create(dataSource);
        this.links = links;
    }

    /** The ticket with every message, or with the public ones only (no internal note's body is even read). */
    Optional<TicketDetail> detail(UUID ticketId, boolean publicOnly) {
        return queue.byId(ticketId).map(item -> new TicketDetail(item, messages(ticketId, item.version(),
                publicOnly), links(ticketId, item.version()), publicOnly ? List.of() : participants(ticketId,
                item.version()), publicOnly ? List.of() : sideConversations(ticketId, item.version())));
    }

    /** The ticket's side conversations up to its version, each with its messages and their files (staff only). */
    private List<SideConversationView> sideConversations(UUID ticketId, long upToVersion) {
        // Every side message's recipients first (an answer has none): their ids name the messages whose files to read.
        Map<String, List<ParticipantView>> recipients = new LinkedHashMap<>();
        jdbc.sql(SIDE_RECIPIENTS).param("ticketId", ticketId).param("version", upToVersion).query(rs -> {
            List<ParticipantView> to = recipients.computeIfAbsent(rs.getString("message_id"), m -> new ArrayList<>());
            String id = rs.getString("recipient_id");
            if (id != null) {
                to.add(new ParticipantView(id, rs.getString("name"), rs.getString("email")));
            }
        });
        if (recipients.isEmpty()) {
            return List.of();
        }
        Map<String, List<AttachmentView>> files = files(List.copyOf(recipients.keySet()));
        Map<String, List<SideConversationView.SideMessageView>> messages = new HashMap<>();
        jdbc.sql(SIDE_MESSAGES).param("ticketId", ticketId).param("version", upToVersion).query(rs -> {
            String id = rs.getString("message_id");
            boolean in = "in".equals(rs.getString("direction"));
            messages.computeIfAbsent(rs.getString("conversation_id"), c -> new ArrayList<>()).add(
                    new SideConversationView.SideMessageView(id, rs.getString("direction"),
                            new MessageView.Author(rs.getString("author_type"), rs.getString("author_id"),
                                    rs.getString("author_name")),
                            in ? new ParticipantView(rs.getString("author_id"), rs.getString("author_name"),
                                    rs.getString("author_email")) : null,
                            recipients.getOrDefault(id, List.of()), rs.getString("body"), rs.getString("body_html"),
                            Times.fromDb(rs, "created_at"), files.getOrDefault(id, List.of())));
        });
        return jdbc.sql(SIDE_CONVERSATIONS).param("ticketId", ticketId).param("version", upToVersion)
                .query((rs, row) -> {
                    String id = rs.getString("conversation_id");
                    return new SideConversationView(id, rs.getString("subject"), rs.getString("state"),
                            new MessageView.Author(rs.getString("author_type"), rs.getString("author_id"),
                                    rs.getString("author_name")), Times.fromDb(rs, "started_at"),
                            Times.fromDb(rs, "updated_at"), messages.getOrDefault(id, List.of()));
                }).list();
    }

    private List<ParticipantView> participants(UUID ticketId, long upToVersion) {
        return jdbc.sql("""
                        SELECT p.customer_id, c.name, c.email FROM read_model.ticket_participant p
                          LEFT JOIN pii.customer c ON c.id = p.customer_id
                         WHERE p.ticket_id = :ticketId AND p.version <= :version ORDER BY p.version, p.customer_id""")
                .param("ticketId", ticketId).param("version", upToVersion)
                .query((rs, row) -> new ParticipantView(rs.getString("customer_id"), rs.getString("name"),
                        rs.getString("email"))).list();
    }

    long version(UUID ticketId) {
        return queue.version(ticketId);
    }

    private List<MessageView> messages(UUID ticketId, long upToVersion, boolean publicOnly) {
        List<MessageView> messages = jdbc.sql(publicOnly ? PUBLIC_MESSAGES : ALL_MESSAGES).param("ticketId", ticketId)
                .param("version", upToVersion).query(DetailReader::message).list();
        Map<String, List<AttachmentView>> files = files(messages.stream().map(MessageView::id).toList());
        return files.isEmpty() ? messages : messages.stream()
                .map(m -> files.containsKey(m.id()) ? m.withAttachments(files.get(m.id())) : m).toList();
    }

    /** The files of these messages (which the caller may read), each with a fresh signed link. */
    private Map<String, List<AttachmentView>> files(List<String> messageIds) {
        Map<String, List<AttachmentView>> files = new HashMap<>();
        if (messageIds.isEmpty()) {
            return files;
        }
        jdbc.sql(FILES).param("messageIds", messageIds.stream().map(UUID::fromString).toArray(UUID[]::new))
                .query(rs -> {
                    AttachmentId id = new AttachmentId(rs.getObject("attachment_id", UUID.class));
                    String name = rs.getString("name");
                    files.computeIfAbsent(rs.getString("message_id"), m -> new ArrayList<>()).add(new AttachmentView(
                            id.toString(), name, rs.getLong("size"), rs.getString("content_type"),
                            rs.getBoolean("inline"), links.link(id, name)));
                });
        return files;
    }

    private TicketLinks links(UUID ticketId, long upToVersion) {
        TicketLinkCollector links = new TicketLinkCollector();
        jdbc.sql(LINKS).param("ticketId", ticketId).param("version", upToVersion).query(rs -> {
            links.add(rs.getString("relation"), new TicketRef(rs.getString("other_ticket_id"),
                    rs.getLong("other_number")));
        });
        return links.links();
    }

    private static MessageView message(ResultSet rs, int row) throws SQLException {
        String origin = rs.getString("origin_ticket_id");
        String movedTo = rs.getString("moved_to");
        return new MessageView(rs.getString("message_id"), rs.getString("kind"),
                new MessageView.Author(rs.getString("author_type"), rs.getString("author_id"),
                        rs.getString("author_name")),
                rs.getString("body"), rs.getString("body_html"), Times.fromDb(rs, "created_at"),
                origin == null ? null : new MessageOrigin(origin, rs.getLong("origin_number"),
                        rs.getString("origin_relation")),
                movedTo == null ? null : new TicketRef(movedTo, rs.getLong("moved_to_number")), List.of());
    }
}
