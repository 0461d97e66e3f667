package io.autocrm.command.macro;

import io.autocrm.access.Caller;
import io.autocrm.command.directory.StatusCatalog;
import io.autocrm.command.directory.StatusDefinition;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.ActorType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Renders a macro for a ticket and its caller: the placeholders' values from the ticket as its aggregate has it now,
 * its requester (nothing once erased), its subject, and the agent applying it.
 */
@Component
class MacroRendering {

    private final JdbcClient jdbc;
    private final StatusCatalog statuses;

    MacroRendering(JdbcClient jdbc, StatusCatalog statuses) {
        this.jdbc = jdbc;
        this.statuses = statuses;
    }

    RenderedMacro render(Macro macro, TicketFacts.Facts ticket, Caller caller) {
        MacroActions actions = macro.actions();
        String agentId = caller.actor().type() == ActorType.USER ? caller.actor().id() : null;
        String assignee = MacroActions.CURRENT_AGENT.equals(actions.assigneeId()) ? agentId : actions.assigneeId();
        RenderedMacro.Changes changes = new RenderedMacro.Changes(actions.status(), actions.priority(),
                actions.type(), assignee, actions.teamId(), actions.addTags(), actions.removeTags(),
                actions.customFields());
        RenderedMacro.Message message = actions.message() == null ? null : new RenderedMacro.Message(
                actions.message().kind(), Placeholders.fill(actions.message().body(), values(ticket, agentId)));
        return new RenderedMacro(macro.id(), macro.name(), ticket.ticketId().toString(), ticket.version(), changes,
                message);
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
