package io.autocrm.command.automation;

import io.autocrm.command.macro.MessageTemplates;
import io.autocrm.command.ticket.AddInternalNoteCommand;
import io.autocrm.command.ticket.AddPublicReplyCommand;
import io.autocrm.command.ticket.AssigneeChange;
import io.autocrm.command.ticket.TeamChange;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.command.ticket.UpdateTicketCommand;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Carries out a rule's actions on a ticket through the ordinary ticket commands: the property changes as one
 * {@link UpdateTicketCommand}, then each note or reply with its placeholders filled, all with the rule's
 * {@link RuleCause} as metadata. Must run outside any unit of work (see {@link RuleFirings}), so the commands' events
 * commit in the caller's transaction.
 */
@Component
class RuleActing {

    private final CommandGateway commands;
    private final MessageTemplates templates;

    RuleActing(CommandGateway commands, MessageTemplates templates) {
        this.commands = commands;
        this.templates = templates;
    }

    void act(List<RuleAction> actions, TicketFacts.Facts ticket, MetaData metaData) {
        UpdateTicketCommand.Builder update = UpdateTicketCommand.builder(ticket.ticketId(), null);
        boolean changes = false;
        List<String> addTags = new ArrayList<>();
        List<String> removeTags = new ArrayList<>();
        Map<String, List<String>> fields = new HashMap<>();
        for (RuleAction action : actions) {
            switch (action.type()) {
                case "set-status" -> update.status(action.value());
                case "set-priority" -> update.priority(Priority.fromKey(action.value()));
                case "set-type" -> update.type(TicketType.fromKey(action.value()));
                case "set-team" -> update.team(RuleAction.NONE.equals(action.value()) ? TeamChange.unassign()
                        : TeamChange.to(new TeamId(UUID.fromString(action.value()))));
                case "set-assignee" -> update.assignee(RuleAction.NONE.equals(action.value())
                        ? AssigneeChange.unassign() : AssigneeChange.to(new AgentId(UUID.fromString(action.value()))));
                case "add-tags" -> addTags.addAll(action.values());
                case "remove-tags" -> removeTags.addAll(action.values());
                case "set-field" -> fields.put(action.field(), action.values());
                default -> {
                    continue;
                }
            }
            changes = true;
        }
        if (changes) {
            send(update.addTags(addTags.isEmpty() ? null : addTags).removeTags(removeTags.isEmpty() ? null : removeTags)
                    .customFields(fields.isEmpty() ? null : fields).build(), metaData);
        }
        for (RuleAction action : actions) {
            if (action.isMessage()) {
                String body = templates.fill(action.body(), ticket, null);
                MessageId id = new MessageId(UUID.randomUUID());
                send("public-reply".equals(action.type())
                        ? new AddPublicReplyCommand(ticket.ticketId(), null, id, null, body, "html")
                        : new AddInternalNoteCommand(ticket.ticketId(), null, id, null, body, "html"), metaData);
            }
        }
    }

    private void send(Object command, MetaData metaData) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
