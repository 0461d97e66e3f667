package io.autocrm.command.automation;

import io.autocrm.command.directory.AgentDirectory;
import io.autocrm.command.directory.CustomFieldCatalog;
import io.autocrm.command.directory.StatusCatalog;
import io.autocrm.command.directory.TeamDirectory;
import io.autocrm.command.macro.MessageTemplates;
import io.autocrm.command.rules.Condition;
import io.autocrm.command.rules.ConditionField;
import io.autocrm.command.rules.ConditionRules;
import io.autocrm.command.rules.Conditions;
import io.autocrm.command.ticket.TicketInputs;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.TeamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Checks a trigger or automation before it is saved and answers it in canonical form. Conditions follow the one
 * language ({@link ConditionRules}); an automation must have a time condition ({@code hours-since-…} greater-than in
 * {@code all}, so it acts on tickets that waited long enough, and its candidates can be found by their times) and
 * cannot use the conditions that describe a change ({@code update}, {@code status-changed-…}), which only triggers
 * have. Actions must name what exists, with the rules the ticket applies later.
 */
@Component
class RuleChecks {

    private final ConditionRules conditionRules;
    private final StatusCatalog statuses;
    private final CustomFieldCatalog fields;
    private final AgentDirectory agents;
    private final TeamDirectory teams;
    private final MessageTemplates templates;

    RuleChecks(ConditionRules conditionRules, StatusCatalog statuses, CustomFieldCatalog fields, AgentDirectory agents,
               TeamDirectory teams, MessageTemplates templates) {
        this.conditionRules = conditionRules;
        this.statuses = statuses;
        this.fields = fields;
        this.agents = agents;
        this.teams = teams;
        this.templates = templates;
    }

    Conditions conditions(RuleKind kind, Conditions given) {
        Conditions conditions = conditionRules.validate(given);
        if (kind == RuleKind.AUTOMATION) {
            boolean changeField = Stream.concat(conditions.all().stream(), conditions.any().stream())
                    .map(c -> ConditionField.of(c.field()).orElseThrow()).anyMatch(ConditionField::describesChange);
            if (changeField) {
                throw invalidConditions("Automations look at tickets as they are: update, status-changed-to and "
                        + "status-changed-from are for triggers.");
            }
            if (AutomationTimes.of(conditions).isEmpty()) {
                throw invalidConditions("An automation needs a time condition in 'all': hours-since-created, "
                        + "hours-since-updated or hours-since-status-changed, greater-than some hours.");
            }
        }
        return conditions;
    }

    List<RuleAction> actions(List<RuleAction> given) {
        List<RuleAction> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RuleAction action = given.get(i);
            String where = "Action " + (i + 1);
            if (action == null || action.type() == null) {
                throw invalidAction(where + " has no type.");
            }
            checked.add(action(action, where));
        }
        return checked;
    }

    private RuleAction action(RuleAction action, String where) {
        return switch (action.type()) {
            case "set-status" -> {
                statuses.resolve(value(action, where));
                yield RuleAction.of(action.type(), action.value().strip());
            }
            case "set-priority" -> RuleAction.of(action.type(), TicketInputs.priority(value(action, where)).key());
            case "set-type" -> RuleAction.of(action.type(), TicketInputs.type(value(action, where)).key());
            case "set-team" -> RuleAction.of(action.type(), reference(action, where,
                    id -> teams.requireExisting(new TeamId(id))));
            case "set-assignee" -> RuleAction.of(action.type(), reference(action, where,
                    id -> agents.requireExisting(new AgentId(id))));
            case "add-tags", "remove-tags" -> {
                List<String> tags = TicketInputs.tags(action.values());
                if (tags.isEmpty()) {
                    throw invalidAction(where + " (" + action.type() + ") needs at least one tag in 'values'.");
                }
                yield RuleAction.tags(action.type(), tags);
            }
            case "set-field" -> {
                if (action.field() == null || action.field().isBlank()) {
                    throw invalidAction(where + " (set-field) names no custom field in 'field'.");
                }
                List<String> values = action.values() == null ? List.of() : action.values();
                fields.canonicalizeAll(Map.of(action.field().strip(), values));
                yield new RuleAction(action.type(), null, values, action.field().strip(), null);
            }
            case "internal-note", "public-reply" -> {
                if (action.body() == null || action.body().isBlank() || action.body().length() > 20_000) {
                    throw invalidAction(where + " (" + action.type() + ") needs a 'body' of at most 20000 characters.");
                }
                String html = TicketInputs.sanitisedHtml(action.body());
                templates.requireKnown(html);
                yield RuleAction.message(action.type(), html);
            }
            default -> throw invalidAction(where + " has an unknown type '" + action.type() + "'; expected set-status,"
                    + " set-priority, set-type, set-team, set-assignee, add-tags, remove-tags, set-field,"
                    + " internal-note or public-reply.");
        };
    }

    private static String value(RuleAction action, String where) {
        if (action.value() == null || action.value().isBlank()) {
            throw invalidAction(where + " (" + action.type() + ") needs a 'value'.");
        }
        return action.value().strip();
    }

    private static String reference(RuleAction action, String where, java.util.function.Consumer<UUID> check) {
        String value = value(action, where);
        if (RuleAction.NONE.equals(value)) {
            return value;
        }
        try {
            UUID id = UUID.fromString(value);
            check.accept(id);
            return id.toString();
        } catch (IllegalArgumentException e) {
            throw invalidAction(where + " (" + action.type() + ") takes an id or '" + RuleAction.NONE + "'.");
        }
    }

    private static DomainException invalidAction(String detail) {
        return new DomainException(ErrorCode.INVALID_RULE_ACTION, detail);
    }

    private static DomainException invalidConditions(String detail) {
        return new DomainException(ErrorCode.INVALID_AUTOMATION_CONDITIONS, detail);
    }

    /** For tests and callers: a condition is a time condition an automation's candidates can be found by. */
    static boolean isTimeBound(Condition condition) {
        return ConditionField.of(condition.field()).map(ConditionField::measuresTime).orElse(false)
                && "greater-than".equals(condition.operator());
    }
}
