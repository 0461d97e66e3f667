package io.autocrm.command.directory;

import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.StatusCategory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The directory's {@link DirectoryAdministration}: the very operations its admin endpoints perform. */
@Component
class DirectoryAdministrator implements DirectoryAdministration {

    private final Organisations organisations;
    private final Teams teams;
    private final Statuses statuses;
    private final CustomFields fields;
    private final SkillCatalog skills;
    private final Agents agents;

    DirectoryAdministrator(Organisations organisations, Teams teams, Statuses statuses, CustomFields fields,
                           SkillCatalog skills, Agents agents) {
        this.skills = skills;
        this.agents = agents;
        this.organisations = organisations;
        this.teams = teams;
        this.statuses = statuses;
        this.fields = fields;
    }

    @Override
    public OrganisationId createOrganisation(String name, boolean sharedTickets) {
        return new OrganisationId(organisations.create(name, sharedTickets).id());
    }

    @Override
    public TeamId createTeam(String name) {
        return new TeamId(teams.create(name).id());
    }

    @Override
    public StatusDefinition defineStatus(String key, String label, StatusCategory category) {
        return statuses.create(key, label, category.key());
    }

    @Override
    public StatusDefinition moveStatus(String key, int position) {
        return statuses.update(key, null, null, position);
    }

    @Override
    public CustomFieldDefinition defineCustomField(String key, String label, FieldType type, List<FieldOption> options,
                                                   String pattern, boolean customerVisible) {
        return fields.create(key, label, type.key(), options, pattern, customerVisible);
    }

    @Override
    public CustomFieldDefinition requireCustomField(String key, boolean required) {
        return fields.update(key, null, null, null, null, null, required);
    }

    @Override
    public void defineSkill(String key, String label) {
        skills.create(key, label);
    }

    @Override
    public void equipAgent(UUID agentId, int capacity, Map<String, Integer> levels) {
        agents.update(agentId, null, null, capacity, levels.entrySet().stream()
                .map(skill -> new Agents.AgentSkill(skill.getKey(), skill.getValue())).toList());
    }

    @Override
    public void staffTeam(TeamId team, String focus, AssignmentMethod method, List<UUID> members) {
        teams.update(team.value(), null, focus, method, members);
    }
}
