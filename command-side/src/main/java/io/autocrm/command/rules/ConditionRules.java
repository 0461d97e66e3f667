package io.autocrm.command.rules;

import io.autocrm.command.directory.AgentDirectory;
import io.autocrm.command.directory.CustomFieldCatalog;
import io.autocrm.command.directory.OrganisationDirectory;
import io.autocrm.command.directory.StatusCatalog;
import io.autocrm.command.directory.TeamDirectory;
import io.autocrm.command.ticket.Tags;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Validates conditions when a rule, policy, trigger or automation is saved, and answers them in canonical form
 * (trimmed, lower-case keys): the field exists, the operator suits it, the values are of the right number and kind,
 * and what they name (statuses, teams, agents, organisations, custom fields) exists. A refusal names the condition
 * and what is wrong with it.
 */
@Component
public class ConditionRules {

    /** At most this many conditions in {@code all}, and again in {@code any}. */
    public static final int MAX_CONDITIONS = 50;
    /** At most this many values per condition. */
    public static final int MAX_VALUES = 100;
    /** At most this many characters per value. */
    public static final int MAX_VALUE_LENGTH = 200;

    private final StatusCatalog statuses;
    private final CustomFieldCatalog fields;
    private final TeamDirectory teams;
    private final AgentDirectory agents;
    private final OrganisationDirectory organisations;

    ConditionRules(StatusCatalog statuses, CustomFieldCatalog fields, TeamDirectory teams, AgentDirectory agents,
                   OrganisationDirectory organisations) {
        this.statuses = statuses;
        this.fields = fields;
        this.teams = teams;
        this.agents = agents;
        this.organisations = organisations;
    }

    /**
     * The conditions in canonical form.
     *
     * @throws InvalidInput (VALIDATION_FAILED) naming the first condition that is wrong and why
     */
    public Conditions validate(Conditions conditions) {
        if (conditions == null) {
            return Conditions.ALWAYS;
        }
        return new Conditions(validate(conditions.all(), "all"), validate(conditions.any(), "any"));
    }

    private List<Condition> validate(List<Condition> conditions, String list) {
        if (conditions.size() > MAX_CONDITIONS) {
            throw new InvalidInput("At most " + MAX_CONDITIONS + " conditions in '" + list + "'.");
        }
        List<Condition> valid = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = conditions.get(i);
            String where = "Condition " + (i + 1) + " of '" + list + "'";
            if (condition == null) {
                throw new InvalidInput(where + " is empty.");
            }
            valid.add(validate(condition, where));
        }
        return valid;
    }

    private Condition validate(Condition condition, String where) {
        String name = condition.field() == null ? "" : condition.field().trim();
        ConditionField field = ConditionField.of(name).orElseThrow(() -> new InvalidInput(where + " names an unknown "
                + "field '" + name + "'; expected channel, priority, type, status, status-category, organisation, "
                + "requester, team, assignee, subject, description, text, tags, field:<key>, hours-since-created, "
                + "hours-since-updated, hours-since-status-changed, update, status-changed-to or status-changed-from."));
        String operator = condition.operator() == null ? "" : condition.operator().trim().toLowerCase(Locale.ROOT);
        if (!field.kind().operators().contains(operator)) {
            throw new InvalidInput(where + " (" + name + ") cannot use the operator '" + operator + "'; expected one of "
                    + String.join(", ", field.kind().operators()) + ".");
        }
        List<String> values = condition.values().stream().map(v -> v == null ? "" : v.trim()).toList();
        if (ConditionField.NO_VALUE.contains(operator) && !values.isEmpty()) {
            throw new InvalidInput(where + " (" + name + " " + operator + ") takes no value.");
        }
        if (ConditionField.ONE_VALUE.contains(operator) && values.size() != 1) {
            throw new InvalidInput(where + " (" + name + " " + operator + ") takes exactly one value.");
        }
        if (!ConditionField.NO_VALUE.contains(operator) && values.isEmpty()) {
            throw new InvalidInput(where + " (" + name + " " + operator + ") needs at least one value.");
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidInput(where + " has more than " + MAX_VALUES + " values.");
        }
        for (String value : values) {
            if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
                throw new InvalidInput(where + " has an empty value or one longer than " + MAX_VALUE_LENGTH
                        + " characters.");
            }
        }
        List<String> canonical = switch (field) {
            case CHANNEL -> each(values, where, "channel", v -> Channel.fromKey(v).key());
            case PRIORITY -> each(values, where, "priority", v -> Priority.fromKey(v).key());
            case TYPE -> each(values, where, "type", v -> TicketType.fromKey(v).key());
            case STATUS_CATEGORY -> each(values, where, "status category", v -> StatusCategory.fromKey(v).key());
            case UPDATE -> values.stream().map(v -> {
                String kind = v.toLowerCase(Locale.ROOT);
                if (!TicketSnapshot.Change.UPDATED.equals(kind) && !TicketSnapshot.Change.KINDS.contains(kind)) {
                    throw new InvalidInput(where + " names an unknown change '" + v + "'; expected updated or one of "
                            + String.join(", ", TicketSnapshot.Change.KINDS) + ".");
                }
                return kind;
            }).toList();
            case STATUS, STATUS_CHANGED_TO, STATUS_CHANGED_FROM -> {
                values.forEach(v -> statuses.resolve(v.toLowerCase(Locale.ROOT)));
                yield values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
            }
            case ORGANISATION -> ids(values, where, v -> organisations.requireExisting(new OrganisationId(v)));
            case REQUESTER -> ids(values, where, v -> new CustomerId(v));
            case TEAM -> ids(values, where, v -> teams.requireExisting(new TeamId(v)));
            case ASSIGNEE -> ids(values, where, v -> agents.requireExisting(new AgentId(v)));
            case TAGS -> {
                try {
                    yield Tags.normalize(values);
                } catch (InvalidInput e) {
                    throw new InvalidInput(where + ": " + e.getMessage());
                }
            }
            case CUSTOM_FIELD -> {
                String key = name.substring(ConditionField.CUSTOM_FIELD.key().length());
                fields.find(key).orElseThrow(() -> new InvalidInput(where + " names an unknown custom field '"
                        + key + "'."));
                yield values;
            }
            case HOURS_SINCE_CREATED, HOURS_SINCE_UPDATED, HOURS_SINCE_STATUS_CHANGED -> {
                BigDecimal hours = parseNumber(values.getFirst());
                if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24 * 366)) > 0) {
                    throw new InvalidInput(where + " (" + name + ") takes a number of hours between 0 and 8784.");
                }
                yield values;
            }
            case SUBJECT, DESCRIPTION, TEXT -> values;
        };
        return new Condition(name, operator, canonical);
    }

    private static List<String> each(List<String> values, String where, String what, Function<String, String> parse) {
        return values.stream().map(v -> {
            try {
                return parse.apply(v.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(where + " names an unknown " + what + " '" + v + "'.");
            }
        }).toList();
    }

    private static List<String> ids(List<String> values, String where, Consumer<UUID> check) {
        return values.stream().map(v -> {
            UUID id;
            try {
                id = UUID.fromString(v);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(where + " has '" + v + "', which is not an id.");
            }
            check.accept(id);
            return id.toString();
        }).toList();
    }

    private static BigDecimal parseNumber(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
