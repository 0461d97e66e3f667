package io.autocrm.query.ticketdetail;

import io.autocrm.query.queue.QueueItem;
import io.autocrm.query.queue.QueueItem.NamedRef;
import io.autocrm.query.queue.QueueItem.Requester;
import io.autocrm.query.queue.QueueItem.StatusRef;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link FoldedTicket} into the detail shape, joining today's personal data and names: four statements
 * (texts, customers, agents, team) whatever the conversation's length. Erased data shows as null, as in the live view.
 */
@Component
class FoldedTicketDisplay {

    /** As the live reader orders a timeline: by time of writing, then by id (PostgreSQL orders uuids as text). */
    private static final Comparator<MessageEntry> TIMELINE_ORDER = Comparator.comparing(MessageEntry::createdAt)
            .thenComparing(m -> m.id().toString());

    private record Customer(String name, String email, boolean erased, NamedRef organisation) {
    }

    private final JdbcClient jdbc;

    FoldedTicketDisplay(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The detail of {@code t}, whose timeline also shows {@code linked} (messages of other tickets' histories). */
    TicketDetail detail(FoldedTicket t, List<MessageEntry> linked) {
        List<MessageEntry> timeline = Stream.concat(t.messages().stream(), linked.stream())
                .sorted(TIMELINE_ORDER).toList();
        Set<UUID> ticketIds = new HashSet<>(List.of(t.ticketId()));
        t.linkedMessages().values().forEach(origin -> ticketIds.add(UUID.fromString(origin.ticketId())));
        Map<UUID, Text> texts = texts(ticketIds);
        Map<UUID, Customer> customers = customers(idsOf(timeline, "customer", t.requesterId()));
        Map<UUID, String> agents = agents(idsOf(timeline, "agent", t.assigneeId()));
        Customer requester = customers.getOrDefault(t.requesterId(), new Customer(null, null, false, null));
        QueueItem item = new QueueItem(t.ticketId().toString(), t.number(), Text.plain(texts.get(t.ticketId())),
                new StatusRef(t.statusKey(), t.statusCategory()), t.priority(), t.type(),
                new Requester(t.requesterId().toString(), requester.name(), requester.email(), requester.erased()),
                requester.organisation(),
                t.assigneeId() == null ? null : new NamedRef(t.assigneeId().toString(), agents.get(t.assigneeId())),
                t.teamId() == null ? null : new NamedRef(t.teamId().toString(), teamName(t.teamId())), t.tags(),
                t.customFields(), t.channel(), t.followUpOf() == null ? null : t.followUpOf().toString(),
                t.createdAt(), t.updatedAt(), t.firstResponseAt(), t.solvedAt(), t.messageCount(), t.version(), null);
        List<MessageView> messages = timeline.stream().map(m -> new MessageView(m.id().toString(), m.kind(),
                new MessageView.Author(m.authorType(), m.authorId(), authorName(m, customers, agents)),
                Text.plain(texts.get(m.id())), Text.html(texts.get(m.id())), m.createdAt(),
                t.linkedMessages().get(m.id()), t.movedTo().get(m.id()), List.of())).toList();
        return new TicketDetail(item, messages, t.links());
    }

    private static String authorName(MessageEntry m, Map<UUID, Customer> customers, Map<UUID, String> agents) {
        return switch (m.authorType()) {
            case "agent" -> agents.get(UUID.fromString(m.authorId()));
            case "customer" -> {
                Customer customer = customers.get(UUID.fromString(m.authorId()));
                yield customer == null ? null : customer.name();
            }
            default -> null;
        };
    }

    private static Set<UUID> idsOf(List<MessageEntry> timeline, String authorType, UUID extra) {
        Set<UUID> ids = new HashSet<>();
        Stream.concat(Stream.ofNullable(extra), timeline.stream()
                .filter(m -> m.authorType().equals(authorType)).map(m -> UUID.fromString(m.authorId())))
                .forEach(ids::add);
        return ids;
    }

    /** A stored text: plain, and HTML for messages. */
    private record Text(String plain, String html) {

        static String plain(Text text) {
            return text == null ? null : text.plain();
        }

        static String html(Text text) {
            return text == null ? null : text.html();
        }
    }

    private Map<UUID, Text> texts(Set<UUID> ticketIds) {
        Map<UUID, Text> texts = new HashMap<>();
        jdbc.sql("SELECT content_id, body, body_html FROM pii.ticket_content WHERE ticket_id IN (:ids)")
                .param("ids", List.copyOf(ticketIds)).query(rs -> {
                    texts.put(rs.getObject("content_id", UUID.class), new Text(rs.getString("body"),
                            rs.getString("body_html")));
                });
        return texts;
    }

    private Map<UUID, Customer> customers(Set<UUID> ids) {
        Map<UUID, Customer> customers = new HashMap<>();
        jdbc.sql("SELECT c.id, c.name, c.email, c.erased_at IS NOT NULL AS erased, c.organisation_id,"
                        + " o.name AS organisation_name FROM pii.customer c"
                        + " LEFT JOIN directory.organisation o ON o.id = c.organisation_id WHERE c.id IN (:ids)")
                .param("ids", List.copyOf(ids)).query(rs -> {
                    String organisationId = rs.getString("organisation_id");
                    customers.put(rs.getObject("id", UUID.class), new Customer(rs.getString("name"),
                            rs.getString("email"), rs.getBoolean("erased"), organisationId == null ? null
                            : new NamedRef(organisationId, rs.getString("organisation_name"))));
                });
        return customers;
    }

    private Map<UUID, String> agents(Set<UUID> ids) {
        Map<UUID, String> agents = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, name FROM directory.agent WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                    .query(rs -> {
                        agents.put(rs.getObject("id", UUID.class), rs.getString("name"));
                    });
        }
        return agents;
    }

    private String teamName(UUID teamId) {
        return jdbc.sql("SELECT name FROM directory.team WHERE id = :id").param("id", teamId).query(String.class)
                .optional().orElse(null);
    }
}

