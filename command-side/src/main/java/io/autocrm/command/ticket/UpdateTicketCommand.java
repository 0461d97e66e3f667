package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketType;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Change a ticket's properties at once; null means "leave as it is". {@code assignee} and {@code team} set or clear
 * (a change with a null id clears). {@code tags} replaces the tags, then {@code addTags} and {@code removeTags}
 * apply. {@code rawCustomFields} maps field keys to raw values; an empty list clears a field. Answers the ticket's
 * resulting API version.
 */
public record UpdateTicketCommand(@TargetAggregateIdentifier TicketId ticketId,
                                  @TargetAggregateVersion Long expectedAggregateVersion, String statusKey,
                                  Priority priority, TicketType type, AssigneeChange assignee, TeamChange team,
                                  List<String> tags, List<String> addTags, List<String> removeTags,
                                  Map<String, List<String>> rawCustomFields) {

    /** An update that changes nothing yet; combine with the {@code with…} methods. */
    public static UpdateTicketCommand of(TicketId ticketId, Long expectedAggregateVersion) {
        return new UpdateTicketCommand(ticketId, expectedAggregateVersion, null, null, null, null, null, null, null,
                null, null);
    }

    public UpdateTicketCommand withStatus(String key) {
        return new UpdateTicketCommand(ticketId, expectedAggregateVersion, key, priority, type, assignee, team, tags,
                addTags, removeTags, rawCustomFields);
    }

    public UpdateTicketCommand withPriority(Priority value) {
        return new UpdateTicketCommand(ticketId, expectedAggregateVersion, statusKey, value, type, assignee, team,
                tags, addTags, removeTags, rawCustomFields);
    }

    public UpdateTicketCommand withType(TicketType value) {
        return new UpdateTicketCommand(ticketId, expectedAggregateVersion, statusKey, priority, value, assignee, team,
                tags, addTags, removeTags, rawCustomFields);
    }

    public UpdateTicketCommand withAssignee(AssigneeChange value) {
        return new UpdateTicketCommand(ticketId, expectedAggregateVersion, statusKey, priority, type, value, team,
                tags, addTags, removeTags, rawCustomFields);
    }

    public UpdateTicketCommand withTeam(TeamChange value) {
        return new UpdateTicketCommand(ticketId, expectedAggregateVersion, statusKey, priority, type, assignee, value,
                tags, addTags, removeTags, rawCustomFields);
    }

    public UpdateTicketCommand withTags(List<String> replace, List<String> add, List<String> remove) {
        return new UpdateTicketCommand(ticketId, expectedAggregateVersion, statusKey, priority, type, assignee, team,
                replace, add, remove, rawCustomFields);
    }

    public UpdateTicketCommand withCustomFields(Map<String, List<String>> raw) {
        return new UpdateTicketCommand(ticketId, expectedAggregateVersion, statusKey, priority, type, assignee, team,
                tags, addTags, removeTags, raw);
    }
}
