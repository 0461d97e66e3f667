package io.autocrm.command.directory;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.StatusCategory;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an administrator does to the directory, offered to the modules outside the command side (the demo's seed), so
 * that only the directory writes its tables and its rules (names, keys, labels, options, duplicates) hold for them as
 * for the admin endpoints. Agents are registered through {@link AgentRegistry}.
 */
public interface DirectoryAdministration {

    /** @throws DomainException DUPLICATE_DEFINITION when another organisation has the name */
    OrganisationId createOrganisation(String name, boolean sharedTickets);

    /** @throws DomainException DUPLICATE_DEFINITION when another team has the name */
    TeamId createTeam(String name);

    /**
     * An admin-defined status, mapped onto a category; it is listed after the built-in ones.
     *
     * @throws DomainException VALIDATION_FAILED for a bad key or label, DUPLICATE_DEFINITION for a taken key
     */
    StatusDefinition defineStatus(String key, String label, StatusCategory category);

    /**
     * Moves a status in pickers' order, as the console's {@code PATCH /api/v1/statuses/{key}} does (lower first).
     *
     * @throws DomainException UNKNOWN_STATUS for an unknown key, VALIDATION_FAILED for a position outside 0-10000
     */
    StatusDefinition moveStatus(String key, int position);

    /**
     * A custom field; fields are listed in the order they were defined.
     *
     * @param options the choices of a dropdown or multi-select field, else empty
     * @param pattern what a regex field's value must match in full, else null
     * @throws DomainException VALIDATION_FAILED for an invalid definition, DUPLICATE_DEFINITION for a taken key
     */
    CustomFieldDefinition defineCustomField(String key, String label, FieldType type, List<FieldOption> options,
                                            String pattern, boolean customerVisible);

    /**
     * Marks a custom field required or not, as the console's {@code PATCH /api/v1/custom-fields/{key}} does: a
     * required field must have a value before a ticket is solved or closed, and when a customer opens a ticket if
     * customers see the field.
     *
     * @throws DomainException NOT_FOUND for an unknown key
     */
    CustomFieldDefinition requireCustomField(String key, boolean required);

    /**
     * A skill of the catalog, as the console's {@code POST /api/v1/skills} defines it.
     *
     * @throws DomainException VALIDATION_FAILED for a bad key or label, DUPLICATE_DEFINITION for a taken key
     */
    void defineSkill(String key, String label);

    /**
     * Sets an agent's capacity and skills (key to level 1-3), as the console's {@code PATCH /api/v1/agents/{id}} does.
     *
     * @throws DomainException NOT_FOUND for an unknown agent, UNKNOWN_SKILL, VALIDATION_FAILED for bad values
     */
    void equipAgent(UUID agentId, int capacity, Map<String, Integer> skills);

    /**
     * Sets a team's focus, assignment method and members, as the console's {@code PATCH /api/v1/teams/{id}} does.
     *
     * @throws DomainException NOT_FOUND for an unknown team, AGENT_NOT_FOUND for an unknown member
     */
    void staffTeam(TeamId team, String focus, AssignmentMethod method, List<UUID> members);
}
