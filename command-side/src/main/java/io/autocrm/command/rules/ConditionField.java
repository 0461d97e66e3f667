package io.autocrm.command.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ticket properties conditions test, with the operators each allows. A custom field is named
 * {@code field:<key>} and is {@link #CUSTOM_FIELD}.
 */
public enum ConditionField {
    CHANNEL("channel", Kind.CHOICE),
    PRIORITY("priority", Kind.ORDERED),
    TYPE("type", Kind.CHOICE),
    STATUS("status", Kind.CHOICE),
    STATUS_CATEGORY("status-category", Kind.CHOICE),
    ORGANISATION("organisation", Kind.REFERENCE),
    REQUESTER("requester", Kind.REFERENCE),
    TEAM("team", Kind.REFERENCE),
    ASSIGNEE("assignee", Kind.REFERENCE),
    SUBJECT("subject", Kind.TEXT),
    DESCRIPTION("description", Kind.TEXT),
    TEXT("text", Kind.TEXT),
    TAGS("tags", Kind.SET),
    CUSTOM_FIELD("field:", Kind.FIELD),
    HOURS_SINCE_CREATED("hours-since-created", Kind.NUMBER),
    HOURS_SINCE_UPDATED("hours-since-updated", Kind.NUMBER),
    HOURS_SINCE_STATUS_CHANGED("hours-since-status-changed", Kind.NUMBER),
    /**
     * What the change being reacted to was (triggers only): {@code created}, {@code updated} (any change but the
     * creation) or one of {@link TicketSnapshot.Change#KINDS}. Never holds for a ticket evaluated without a change.
     */
    UPDATE("update", Kind.CHOICE),
    /** The status the change being reacted to set (triggers only); none when it did not change the status. */
    STATUS_CHANGED_TO("status-changed-to", Kind.CHOICE),
    /** The status the change being reacted to left (triggers only); none when it did not change the status. */
    STATUS_CHANGED_FROM("status-changed-from", Kind.CHOICE);

    /** The family of a field, which decides its operators. */
    public enum Kind {
        CHOICE(List.of("is", "is-not", "one-of", "none-of")),
        ORDERED(List.of("is", "is-not", "one-of", "none-of", "at-least", "at-most")),
        REFERENCE(List.of("is", "is-not", "one-of", "none-of", "present", "absent")),
        TEXT(List.of("contains", "not-contains")),
        SET(List.of("includes-any", "includes-all", "excludes")),
        FIELD(List.of("is", "is-not", "one-of", "none-of", "contains", "present", "absent", "less-than",
                "greater-than")),
        NUMBER(List.of("greater-than", "less-than"));

        private final List<String> operators;

        Kind(List<String> operators) {
            this.operators = operators;
        }

        public List<String> operators() {
            return operators;
        }
    }

    /** Whether the field describes the change being reacted to, which only triggers have. */
    public boolean describesChange() {
        return this == UPDATE || this == STATUS_CHANGED_TO || this == STATUS_CHANGED_FROM;
    }

    /** Whether the field measures time since something happened, which automations need. */
    public boolean measuresTime() {
        return kind == Kind.NUMBER;
    }

    /** Operators that take no value. */
    static final Set<String> NO_VALUE = Set.of("present", "absent");
    /** Operators that take exactly one value. */
    static final Set<String> ONE_VALUE = Set.of("is", "is-not", "at-least", "at-most", "less-than", "greater-than");

    private final String key;
    private final Kind kind;

    ConditionField(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The field a condition names; {@code field:<key>} is {@link #CUSTOM_FIELD}. */
    public static Optional<ConditionField> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.startsWith(CUSTOM_FIELD.key) && name.length() > CUSTOM_FIELD.key.length()) {
            return Optional.of(CUSTOM_FIELD);
        }
        return Arrays.stream(values()).filter(f -> f != CUSTOM_FIELD && f.key.equals(name)).findFirst();
    }
}
