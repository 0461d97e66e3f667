package io.autocrm.command.routing;

import io.autocrm.command.rules.Conditions;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SkillRequirement;
import io.autocrm.events.ticket.TicketType;
import java.util.List;

/**
 * What routing decides for a ticket: each rule tried in order up to the first that matched, with its conditions'
 * outcomes ({@code tried}), the rule that matched ({@code null}: none did), and what its actions change of the
 * ticket ({@code changes}, empty when they change nothing). The new values are null where nothing changes.
 */
record RoutingDecision(List<Tried> tried, RoutingRule rule, List<RoutingChange> changes, TeamId team,
                       Priority priority, TicketType type, List<String> addTags, List<SkillRequirement> skills,
                       AgentId assignee) {

    /** A rule tried, and its conditions' outcomes. */
    record Tried(RoutingRule rule, Conditions.Explanation explanation) {
    }

    boolean changesProperties() {
        return team != null || priority != null || type != null || !addTags.isEmpty() || assignee != null;
    }

    boolean changesSkills() {
        return skills != null;
    }
}
