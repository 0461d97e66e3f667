package io.autocrm.command.routing;

import io.autocrm.command.directory.AgentDirectory;
import io.autocrm.command.directory.TeamDirectory;
import io.autocrm.command.rules.ConditionRules;
import io.autocrm.command.ticket.Skills;
import io.autocrm.command.ticket.TicketInputs;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.SkillRequirement;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks a rule before it is saved or dry-run, with the rules the ticket applies later: conditions through the one
 * condition language ({@link ConditionRules}), a known team and agent, a known priority and type, well-formed tags
 * and skills. Answers the rule in canonical form. A rule must do something.
 */
@Component
class RoutingRuleChecks {

    private final ConditionRules conditions;
    private final TeamDirectory teams;
    private final AgentDirectory agents;

    RoutingRuleChecks(ConditionRules conditions, TeamDirectory teams, AgentDirectory agents) {
        this.conditions = conditions;
        this.teams = teams;
        this.agents = agents;
    }

    RuleDraft checked(RuleDraft draft) {
        RoutingActions given = draft.actions() == null ? RoutingActions.none() : draft.actions();
        if (given.isEmpty()) {
            throw new InvalidInput("The rule '" + draft.name().strip() + "' does nothing: give it at least one action"
                    + " (teamId, priority, type, addTags, requireSkills or assigneeId).");
        }
        UUID team = given.teamId() == null ? null : uuid(given.teamId(), "teamId");
        if (team != null) {
            teams.requireExisting(new TeamId(team));
        }
        UUID assignee = given.assigneeId() == null ? null : uuid(given.assigneeId(), "assigneeId");
        if (assignee != null) {
            agents.requireExisting(new AgentId(assignee));
        }
        TicketInputs.priority(given.priority());
        TicketInputs.type(given.type());
        List<String> tags = given.addTags() == null ? null : TicketInputs.tags(given.addTags());
        List<SkillRequirement> skills = given.requireSkills() == null ? null : knownSkills(
                Skills.requireValid(given.requireSkills()));
        RoutingActions actions = new RoutingActions(team == null ? null : team.toString(),
                given.priority() == null ? null : TicketInputs.priority(given.priority()).key(),
                given.type() == null ? null : TicketInputs.type(given.type()).key(),
                tags == null || tags.isEmpty() ? null : tags, skills,
                assignee == null ? null : assignee.toString());
        return new RuleDraft(draft.name().strip(), draft.enabled(), conditions.validate(draft.conditions()), actions);
    }

    /**
     * THE place where required skills meet the skills catalog (issue 11's skills list, built apart): today a skill
     * needs only a well-formed key ({@link Skills}); once the catalog exists, refuse a key it does not know here.
     */
    private static List<SkillRequirement> knownSkills(List<SkillRequirement> skills) {
        return skills;
    }

    private static UUID uuid(String raw, String property) {
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(property + " must be a UUID.");
        }
    }
}
