package io.autocrm.command.macro;

import io.autocrm.command.directory.CustomFieldCatalog;
import io.autocrm.command.directory.StatusCatalog;
import io.autocrm.command.directory.StatusDefinition;
import io.autocrm.command.ticket.TicketFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Texts with {@link Placeholders} (macros', triggers' and automations' replies and notes): checks that AutoCRM can
 * fill every placeholder a text names, and fills them for a ticket from its aggregate as it is now, its requester
 * (nothing once erased), its subject and the agent acting (none for AutoCRM itself). Values are HTML-escaped.
 */
@Component
public class MessageTemplates {

    private final JdbcClient jdbc;
    private final StatusCatalog statuses;
    private final CustomFieldCatalog fields;

    MessageTemplates(JdbcClient jdbc, StatusCatalog statuses, CustomFieldCatalog fields) {
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.fields = fields;
    }

    /**
     * Refuses a text naming a placeholder AutoCRM cannot fill.
     *
     * @throws io.autocrm.events.common.DomainException UNKNOWN_PLACEHOLDER for the first unknown one
     */
    public void requireKnown(String html) {
        Placeholders.requireKnown(html, key -> fields.find(key).isPresent());
    }

    /** {@code html} with its placeholders filled for {@code ticket}; {@code agentId} null when AutoCRM acts. */
    public String fill(String html, TicketFacts.Facts ticket, String agentId) {
        return Placeholders.fill(html, values(ticket, agentId));
    }

    private Map<String, String> values(TicketFacts.Facts ticket, String agentId) {
        Map<String, String> values = new HashMap<>();
        values.put("ticket.number", Long.toString(ticket.number()));
        values.put("ticket.status", statuses.find(ticket.statusKey()).map(StatusDefinition::label)
                .orElse(ticket.statusKey()));
        values.put("ticket.priority", ticket.priority() == null ? "" : ticket.priority().key());
        values.put("ticket.type", ticket.type() == null ? "" : ticket.type().key());
        values.put("ticket.subject", text("SELECT body FROM pii.ticket_content WHERE content_id = ? AND kind = 'subject'",
                ticket.ticketId().value()));
        String requester = text("SELECT name FROM pii.customer WHERE id = ?", ticket.requesterId().value());
        values.put("requester.name", requester);
        values.put("requester.first_name", firstName(requester));
        String agent = agentId == null ? "" : text("SELECT name FROM directory.agent WHERE id = ?",
                UUID.fromString(agentId));
        values.put("agent.name", agent);
        values.put("agent.first_name", firstName(agent));
        ticket.customFields().forEach((key, fieldValues) ->
                values.put(Placeholders.CUSTOM_FIELD_PREFIX + key, String.join(", ", fieldValues)));
        return values;
    }

    private String text(String sql, UUID id) {
        List<String> found = jdbc.sql(sql).param(id).query(String.class).list();
        return found.isEmpty() || found.getFirst() == null ? "" : found.getFirst();
    }

    private static String firstName(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
