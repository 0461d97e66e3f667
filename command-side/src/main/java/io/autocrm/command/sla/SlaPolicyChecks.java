package io.autocrm.command.sla;

import io.autocrm.command.calendar.BusinessCalendars;
import io.autocrm.command.rules.ConditionField;
import io.autocrm.command.rules.ConditionRules;
import io.autocrm.command.rules.Conditions;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SlaMetric;
import io.autocrm.events.ticket.StatusCategory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Checks a policy before it is saved and answers it in canonical form (keys lower-case, defaults filled in). Each
 * refusal is a {@code validation-failed} problem naming what is wrong.
 */
@Component
class SlaPolicyChecks {

    static final int MAX_NAME = 100;
    /** A target of at most a year. */
    static final long MAX_MINUTES = 525_600;

    private final ConditionRules conditionRules;
    private final BusinessCalendars calendars;

    SlaPolicyChecks(ConditionRules conditionRules, BusinessCalendars calendars) {
        this.conditionRules = conditionRules;
        this.calendars = calendars;
    }

    /** What is stored: name, conditions, calendar, threshold, targets and clocks, all valid. */
    record Checked(String name, boolean active, Conditions conditions, java.util.UUID calendarId, int warningPercent,
                   boolean notesFulfilReplies, List<PolicyTarget> targets, Map<String, List<String>> clocks) {
    }

    Checked checked(SlaPolicyRequest request) {
        if (request == null) {
            throw new InvalidInput("A policy needs a body.");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInput("'name' must have 1 to " + MAX_NAME + " characters.");
        }
        int warning = request.warningPercent() == null ? 75 : request.warningPercent();
        if (warning < 1 || warning > 99) {
            throw new InvalidInput("'warningPercent' must be between 1 and 99.");
        }
        if (request.calendarId() != null && calendars.find(new CalendarId(request.calendarId())).isEmpty()) {
            throw new InvalidInput("'calendarId' names no business-hours calendar.");
        }
        return new Checked(name, request.active() == null || request.active(),
                propertiesOnly(conditionRules.validate(request.conditions())), request.calendarId(), warning,
                Boolean.TRUE.equals(request.notesFulfilReplies()), targets(request.targets()),
                clocks(request.clocks()));
    }

    /**
     * A policy is chosen when a ticket changes, never as time passes, so its conditions test what the ticket is: not
     * the time since something happened (automations' conditions), nor the change itself (triggers'). The console
     * offers neither.
     */
    private static Conditions propertiesOnly(Conditions conditions) {
        Stream.concat(conditions.all().stream(), conditions.any().stream())
                .map(condition -> ConditionField.of(condition.field()).orElseThrow())
                .filter(field -> field.measuresTime() || field.describesChange()).findFirst()
                .ifPresent(field -> {
                    throw new InvalidInput("An SLA policy's conditions test what a ticket is, not '" + field.key()
                            + "': the hours-since conditions are for automations, the change conditions for triggers.");
                });
        return conditions;
    }

    private static List<PolicyTarget> targets(List<PolicyTarget> targets) {
        if (targets == null || targets.isEmpty()) {
            throw new InvalidInput("A policy needs at least one target ('targets').");
        }
        List<PolicyTarget> canonical = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            PolicyTarget target = targets.get(i);
            String where = "Target " + (i + 1);
            if (target == null) {
                throw new InvalidInput(where + " is empty.");
            }
            Priority priority = parse(() -> Priority.fromKey(target.priority()), where
                    + ": 'priority' must be one of low, normal, high, urgent.");
            SlaMetric metric = parse(() -> SlaMetric.fromKey(target.metric()), where + ": 'metric' must be one of "
                    + String.join(", ", java.util.Arrays.stream(SlaMetric.values()).map(SlaMetric::key).toList())
                    + ".");
            if (target.minutes() == null || target.minutes() < 1 || target.minutes() > MAX_MINUTES) {
                throw new InvalidInput(where + ": 'minutes' must be between 1 and " + MAX_MINUTES + ".");
            }
            if (!seen.add(priority.key() + "/" + metric.key())) {
                throw new InvalidInput(where + ": " + metric.key() + " for " + priority.key()
                        + " is already set by an earlier target.");
            }
            canonical.add(new PolicyTarget(priority.key(), metric.key(), target.minutes(),
                    target.businessHours() == null || target.businessHours()));
        }
        return canonical;
    }

    private static Map<String, List<String>> clocks(Map<String, List<String>> clocks) {
        Map<String, List<String>> canonical = new LinkedHashMap<>();
        if (clocks == null) {
            return canonical;
        }
        clocks.forEach((key, statuses) -> {
            SlaMetric metric = parse(() -> SlaMetric.fromKey(key), "'clocks': unknown metric '" + key + "'.");
            if (statuses == null || statuses.isEmpty()) {
                throw new InvalidInput("'clocks." + metric.key() + "' needs at least one status it runs in.");
            }
            List<String> keys = new ArrayList<>();
            for (String status : statuses) {
                StatusCategory category = parse(() -> StatusCategory.fromKey(status), "'clocks." + metric.key()
                        + "': '" + status + "' is not one of new, open, pending, on-hold.");
                if (category == StatusCategory.SOLVED || category == StatusCategory.CLOSED) {
                    throw new InvalidInput("'clocks." + metric.key() + "': a clock never runs in solved or closed.");
                }
                if (!keys.contains(category.key())) {
                    keys.add(category.key());
                }
            }
            canonical.put(metric.key(), keys);
        });
        return canonical;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String refusal) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw new InvalidInput(refusal);
        }
    }
}
