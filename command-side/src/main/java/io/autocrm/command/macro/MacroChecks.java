package io.autocrm.command.macro;

import io.autocrm.command.directory.AgentDirectory;
import io.autocrm.command.directory.CustomFieldCatalog;
import io.autocrm.command.directory.StatusCatalog;
import io.autocrm.command.directory.TeamDirectory;
import io.autocrm.command.ticket.TicketInputs;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.TeamId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks a macro's actions before it is stored, with the rules the ticket applies later: a status in use, a known
 * priority and type, an active agent (or {@value MacroActions#CURRENT_AGENT}), a team, well-formed tags, custom field
 * values that fit their fields, and a text in the messages' allow-list whose placeholders AutoCRM can fill. Answers
 * the actions as stored: tags normalised, text sanitised.
 */
@Component
class MacroChecks {

    private final StatusCatalog statuses;
    private final CustomFieldCatalog fields;
    private final AgentDirectory agents;
    private final TeamDirectory teams;

    MacroChecks(StatusCatalog statuses, CustomFieldCatalog fields, AgentDirectory agents, TeamDirectory teams) {
        this.statuses = statuses;
        this.fields = fields;
        this.agents = agents;
        this.teams = teams;
    }

    MacroActions checked(MacroActions given) {
        MacroActions actions = given == null ? MacroActions.none() : given;
        if (actions.status() != null) {
            statuses.resolve(actions.status());
        }
        TicketInputs.priority(actions.priority());
        TicketInputs.type(actions.type());
        if (actions.assigneeId() != null && !MacroActions.CURRENT_AGENT.equals(actions.assigneeId())) {
            agents.requireExisting(new AgentId(uuid(actions.assigneeId(), "assigneeId")));
        }
        if (actions.teamId() != null) {
            teams.requireExisting(new TeamId(uuid(actions.teamId(), "teamId")));
        }
        Map<String, List<String>> raw = TicketInputs.rawCustomFields(actions.customFields());
        fields.canonicalizeAll(raw);
        return new MacroActions(actions.status(), actions.priority(), actions.type(), actions.assigneeId(),
                actions.teamId(), emptyAsNull(TicketInputs.tags(actions.addTags())),
                emptyAsNull(TicketInputs.tags(actions.removeTags())),
                actions.customFields() == null || actions.customFields().isEmpty() ? null : actions.customFields(),
                message(actions.message()));
    }

    private MacroMessage message(MacroMessage message) {
        if (message == null) {
            return null;
        }
        if (!MacroMessage.PUBLIC_REPLY.equals(message.kind()) && !MacroMessage.INTERNAL_NOTE.equals(message.kind())) {
            throw new InvalidInput("message.kind is public-reply or internal-note.");
        }
        String html = TicketInputs.sanitisedHtml(message.body());
        Placeholders.requireKnown(html, key -> fields.find(key).isPresent());
        return new MacroMessage(message.kind(), html);
    }

    private static UUID uuid(String raw, String property) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(property + " must be a UUID" + ("assigneeId".equals(property)
                    ? " or " + MacroActions.CURRENT_AGENT : "") + ".");
        }
    }

    private static List<String> emptyAsNull(List<String> tags) {
        return tags.isEmpty() ? null : tags;
    }
}
