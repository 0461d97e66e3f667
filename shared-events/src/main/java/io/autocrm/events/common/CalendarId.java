package io.autocrm.events.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies a business-hours calendar; {@code toString()} is the raw UUID. */
public record CalendarId(UUID value) {

    public CalendarId {
        Objects.requireNonNull(value, "value");
    }

    public static CalendarId random() {
        return new CalendarId(UUID.randomUUID());
    }

    public static CalendarId of(String raw) {
        return new CalendarId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
