package io.autocrm.events.ticket;

/** The type of an admin-defined custom field; decides how its canonical string values are read. */
public enum FieldType {
    TEXT, NUMBER, DECIMAL, CHECKBOX, DATE, DROPDOWN, MULTI_SELECT, REGEX;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static FieldType fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    public boolean multiValued() {
        return this == MULTI_SELECT;
    }
}
