package io.autocrm.command.macro;

import io.autocrm.access.Caller;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.ActorType;
import org.springframework.stereotype.Component;

/**
 * Renders a macro for a ticket and its caller: the placeholders' values (see {@link MessageTemplates}) from the ticket
 * as its aggregate has it now, its requester (nothing once erased), its subject, and the agent applying it.
 */
@Component
class MacroRendering {

    private final MessageTemplates templates;

    MacroRendering(MessageTemplates templates) {
        this.templates = templates;
    }

    RenderedMacro render(Macro macro, TicketFacts.Facts ticket, Caller caller) {
        MacroActions actions = macro.actions();
        String agentId = caller.actor().type() == ActorType.USER ? caller.actor().id() : null;
        String assignee = MacroActions.CURRENT_AGENT.equals(actions.assigneeId()) ? agentId : actions.assigneeId();
        RenderedMacro.Changes changes = new RenderedMacro.Changes(actions.status(), actions.priority(),
                actions.type(), assignee, actions.teamId(), actions.addTags(), actions.removeTags(),
                actions.customFields());
        RenderedMacro.Message message = actions.message() == null ? null : new RenderedMacro.Message(
                actions.message().kind(), templates.fill(actions.message().body(), ticket, agentId));
        return new RenderedMacro(macro.id(), macro.name(), ticket.ticketId().toString(), ticket.version(), changes,
                message);
    }
}
