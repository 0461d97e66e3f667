package io.autocrm.command.ticket;

import io.autocrm.command.customer.CustomerRegistry;
import io.autocrm.command.directory.AgentDirectory;
import io.autocrm.command.directory.CustomFieldCatalog;
import io.autocrm.command.directory.CustomFieldDefinition;
import io.autocrm.command.directory.StatusCatalog;
import io.autocrm.command.directory.TeamDirectory;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.Status;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one port a new ticket's lookups go through: the directory's statuses, custom fields, agents and teams, and the
 * customers. Each check refuses with the exception named for what it found wrong ({@code UnknownStatus},
 * {@code UnknownAgent}, {@code CustomerErased}, ...).
 */
@Component
record CreationLookups(StatusCatalog statuses, CustomFieldCatalog fields, AgentDirectory agents, TeamDirectory teams,
                       CustomerRegistry customers) {

    /** The status a key names; refused when unknown or no longer in use. */
    Status status(String key) {
        return statuses.resolve(key);
    }

    /** The canonical values of raw custom field input, leaving out the fields given no value. */
    List<CustomFieldValue> customFields(Map<String, List<String>> raw) {
        return fields.canonicalizeAll(raw).stream().filter(value -> !value.values().isEmpty()).toList();
    }

    /** The keys of the active custom fields marked required. */
    List<String> requiredFieldKeys() {
        return fields.required().stream().map(CustomFieldDefinition::key).toList();
    }

    /** Refuses a requester who is unknown or was erased, and an assignee or team that does not exist. */
    void requireParticipants(CustomerId requesterId, AgentId assigneeId, TeamId teamId) {
        if (requesterId != null) {
            customers.requireActive(requesterId);
        }
        if (assigneeId != null) {
            agents.requireExisting(assigneeId);
        }
        if (teamId != null) {
            teams.requireExisting(teamId);
        }
    }
}
