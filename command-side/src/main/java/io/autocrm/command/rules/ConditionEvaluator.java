package io.autocrm.command.rules;

import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.ticket.Priority;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Evaluates one {@link Condition} against a {@link TicketSnapshot}. Conditions are validated when saved
 * ({@link ConditionRules}); one that no longer fits (a field since deleted) simply does not hold. Text comparisons
 * ignore case; {@code contains} holds when any of the values occurs, {@code not-contains} when none does.
 */
final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    static ConditionOutcome evaluate(Condition condition, TicketSnapshot ticket, Instant now) {
        ConditionField field = ConditionField.of(condition.field()).orElse(null);
        if (field == null) {
            return new ConditionOutcome(condition, false, "unknown field " + condition.field());
        }
        TicketFacts.Facts facts = ticket.facts();
        return switch (field) {
            case CHANNEL -> choice(condition, facts.channel() == null ? null : facts.channel().key());
            case PRIORITY -> priority(condition, facts.priority());
            case TYPE -> choice(condition, facts.type() == null ? null : facts.type().key());
            case STATUS -> choice(condition, facts.statusKey());
            case STATUS_CATEGORY -> choice(condition,
                    facts.statusCategory() == null ? null : facts.statusCategory().key());
            case ORGANISATION -> choice(condition, id(ticket.organisationId()));
            case REQUESTER -> choice(condition, id(facts.requesterId()));
            case TEAM -> choice(condition, id(facts.teamId()));
            case ASSIGNEE -> choice(condition, id(facts.assigneeId()));
            case SUBJECT -> text(condition, ticket.subject(), "subject");
            case DESCRIPTION -> text(condition, ticket.description(), "description");
            case TEXT -> text(condition, ticket.subject() + "\n" + ticket.description(), "subject and description");
            case TAGS -> tags(condition, facts.tags());
            case CUSTOM_FIELD -> customField(condition, facts);
            case HOURS_SINCE_CREATED -> hours(condition, facts.createdAt(), now, "created");
            case HOURS_SINCE_UPDATED -> hours(condition, facts.updatedAt(), now, "updated");
            case HOURS_SINCE_STATUS_CHANGED -> hours(condition, facts.statusChangedAt(), now, "status changed");
            case UPDATE -> update(condition, ticket.change());
            case STATUS_CHANGED_TO -> choice(condition, ticket.change() == null ? null : ticket.change().statusTo());
            case STATUS_CHANGED_FROM -> choice(condition,
                    ticket.change() == null ? null : ticket.change().statusFrom());
        };
    }

    private static String id(Object id) {
        return id == null ? null : id.toString();
    }

    private static ConditionOutcome choice(Condition condition, String actual) {
        List<String> values = condition.values();
        boolean held = switch (condition.operator()) {
            case "is", "one-of" -> actual != null && values.contains(actual);
            case "is-not", "none-of" -> actual == null || !values.contains(actual);
            case "present" -> actual != null;
            case "absent" -> actual == null;
            default -> false;
        };
        return new ConditionOutcome(condition, held, condition.field() + " is " + (actual == null ? "none" : actual));
    }

    private static ConditionOutcome update(Condition condition, TicketSnapshot.Change change) {
        if (change == null) {
            return new ConditionOutcome(condition, false, "no change to react to");
        }
        List<String> kinds = change.countsAs();
        boolean any = condition.values().stream().anyMatch(kinds::contains);
        boolean held = switch (condition.operator()) {
            case "is", "one-of" -> any;
            case "is-not", "none-of" -> !any;
            default -> false;
        };
        return new ConditionOutcome(condition, held, "the change is " + change.kind());
    }

    private static ConditionOutcome priority(Condition condition, Priority actual) {
        if (!condition.operator().equals("at-least") && !condition.operator().equals("at-most")) {
            return choice(condition, actual == null ? null : actual.key());
        }
        Priority bound;
        try {
            bound = Priority.fromKey(condition.values().getFirst());
        } catch (RuntimeException e) {
            return new ConditionOutcome(condition, false, "priority is " + actual);
        }
        boolean held = actual != null && (condition.operator().equals("at-least")
                ? actual.compareTo(bound) >= 0 : actual.compareTo(bound) <= 0);
        return new ConditionOutcome(condition, held, "priority is " + (actual == null ? "none" : actual.key()));
    }

    private static ConditionOutcome text(Condition condition, String actual, String what) {
        String haystack = actual.toLowerCase(Locale.ROOT);
        boolean any = condition.values().stream().map(v -> v.toLowerCase(Locale.ROOT)).anyMatch(haystack::contains);
        boolean held = condition.operator().equals("contains") ? any
                : condition.operator().equals("not-contains") && !any;
        String found = condition.values().stream().filter(v -> haystack.contains(v.toLowerCase(Locale.ROOT)))
                .map(v -> "'" + v + "'").reduce((a, b) -> a + ", " + b).orElse(null);
        return new ConditionOutcome(condition, held,
                found == null ? what + " mentions none of them" : what + " mentions " + found);
    }

    private static ConditionOutcome tags(Condition condition, List<String> tags) {
        List<String> wanted = condition.values().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        boolean held = switch (condition.operator()) {
            case "includes-any" -> wanted.stream().anyMatch(tags::contains);
            case "includes-all" -> tags.containsAll(wanted);
            case "excludes" -> wanted.stream().noneMatch(tags::contains);
            default -> false;
        };
        return new ConditionOutcome(condition, held, tags.isEmpty() ? "no tags" : "tags are " + String.join(", ", tags));
    }

    private static ConditionOutcome customField(Condition condition, TicketFacts.Facts facts) {
        String key = condition.field().substring(ConditionField.CUSTOM_FIELD.key().length());
        List<String> actual = facts.customFields().getOrDefault(key, List.of());
        String shown = actual.isEmpty() ? key + " is empty" : key + " is " + String.join(", ", actual);
        List<String> values = condition.values();
        boolean held = switch (condition.operator()) {
            case "is" -> actual.size() == 1 && equalsLoosely(actual.getFirst(), values.getFirst());
            case "is-not" -> !(actual.size() == 1 && equalsLoosely(actual.getFirst(), values.getFirst()));
            case "one-of" -> actual.stream().anyMatch(a -> values.stream().anyMatch(v -> equalsLoosely(a, v)));
            case "none-of" -> actual.stream().noneMatch(a -> values.stream().anyMatch(v -> equalsLoosely(a, v)));
            case "contains" -> actual.stream().map(a -> a.toLowerCase(Locale.ROOT))
                    .anyMatch(a -> values.stream().anyMatch(v -> a.contains(v.toLowerCase(Locale.ROOT))));
            case "present" -> !actual.isEmpty();
            case "absent" -> actual.isEmpty();
            case "less-than", "greater-than" -> actual.size() == 1 && compare(actual.getFirst(), values.getFirst(),
                    condition.operator().equals("less-than"));
            default -> false;
        };
        return new ConditionOutcome(condition, held, shown);
    }

    private static boolean equalsLoosely(String actual, String value) {
        BigDecimal a = number(actual);
        BigDecimal b = number(value);
        if (a != null && b != null) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(actual, value) || actual.equalsIgnoreCase(value);
    }

    private static boolean compare(String actual, String bound, boolean lessThan) {
        BigDecimal a = number(actual);
        BigDecimal b = number(bound);
        if (a != null && b != null) {
            return lessThan ? a.compareTo(b) < 0 : a.compareTo(b) > 0;
        }
        // Dates (yyyy-MM-dd) compare as text.
        int order = actual.compareTo(bound);
        return lessThan ? order < 0 : order > 0;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ConditionOutcome hours(Condition condition, Instant since, Instant now, String what) {
        if (since == null) {
            return new ConditionOutcome(condition, false, "not known when " + what);
        }
        BigDecimal bound = number(condition.values().getFirst());
        double hours = Duration.between(since, now).toSeconds() / 3600.0;
        boolean held = bound != null && (condition.operator().equals("greater-than")
                ? hours > bound.doubleValue() : condition.operator().equals("less-than") && hours < bound.doubleValue());
        return new ConditionOutcome(condition, held, "%s %.1f hours ago".formatted(what, hours));
    }
}
