package io.autocrm.command.routing;

import io.autocrm.command.rules.Conditions;
import io.autocrm.command.rules.TicketSnapshot;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SkillRequirement;
import io.autocrm.events.ticket.TicketType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Decides a ticket's routing, a pure function of the rules, the ticket and what people changed of it: the enabled
 * rules are tried in order and the first that matches wins (one rule owns the outcome, so a ticket's history names
 * one rule, the order is the admin's priority list, and no two rules fight over the team). Its actions change only
 * what differs from the ticket and what no person changed since the ticket was created.
 */
final class Router {

    private Router() {
    }

    static RoutingDecision decide(List<RoutingRule> rules, TicketSnapshot ticket, PersonsChanges persons,
                                  Instant now) {
        List<RoutingDecision.Tried> tried = new ArrayList<>();
        for (RoutingRule rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            Conditions.Explanation explanation = rule.conditions().explain(ticket, now);
            tried.add(new RoutingDecision.Tried(rule, explanation));
            if (explanation.matched()) {
                return changes(tried, rule, ticket.facts(), persons);
            }
        }
        return new RoutingDecision(tried, null, List.of(), null, null, null, List.of(), null, null);
    }

    private static RoutingDecision changes(List<RoutingDecision.Tried> tried, RoutingRule rule,
                                           TicketFacts.Facts facts, PersonsChanges persons) {
        RoutingActions actions = rule.actions();
        List<RoutingChange> changes = new ArrayList<>();
        TeamId team = actions.teamId() == null || persons.touched("team") ? null
                : differs(new TeamId(UUID.fromString(actions.teamId())), facts.teamId(), "team", changes);
        Priority priority = actions.priority() == null || persons.touched("priority") ? null
                : differs(Priority.fromKey(actions.priority()), facts.priority(), "priority", changes);
        TicketType type = actions.type() == null || persons.touched("type") ? null
                : differs(TicketType.fromKey(actions.type()), facts.type(), "type", changes);
        AgentId assignee = actions.assigneeId() == null || persons.touched("assignee") ? null
                : differs(new AgentId(UUID.fromString(actions.assigneeId())), facts.assigneeId(), "assignee", changes);
        List<String> tags = actions.addTags() == null ? List.of() : actions.addTags().stream()
                .filter(tag -> !facts.tags().contains(tag) && !persons.removedTags().contains(tag)).toList();
        if (!tags.isEmpty()) {
            changes.add(new RoutingChange("tags", null, "+" + String.join(", +", tags)));
        }
        List<SkillRequirement> skills = actions.requireSkills() == null || persons.touched("skills") ? null
                : differs(actions.requireSkills(), facts.requiredSkills(), "skills", changes);
        return new RoutingDecision(tried, rule, List.copyOf(changes), team, priority, type, tags, skills, assignee);
    }

    private static <T> T differs(T wanted, T actual, String field, List<RoutingChange> changes) {
        if (Objects.equals(wanted, actual)) {
            return null;
        }
        changes.add(new RoutingChange(field, shown(actual), shown(wanted)));
        return wanted;
    }

    private static String shown(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Priority p) {
            return p.key();
        }
        if (value instanceof TicketType t) {
            return t.key();
        }
        if (value instanceof List<?> skills) {
            return skills.isEmpty() ? null : String.join(", ", skills.stream().map(s -> s instanceof SkillRequirement r
                    ? r.skill() + " " + r.level() : String.valueOf(s)).toList());
        }
        return value.toString();
    }
}
