package io.autocrm.query.web;

import io.autocrm.events.common.DomainException;
import io.autocrm.query.postgres.Times;
import io.autocrm.events.common.ErrorCode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Parses request parameters; a bad value is a {@link ErrorCode#VALIDATION_FAILED} with a sentence naming it. */
public final class Params {

    private Params() {
    }

    public static UUID uuid(String name, String raw) {
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw invalid("Parameter '" + name + "' must be a UUID, got '" + shorten(raw) + "'.");
        }
    }

    /** An ISO-8601 instant such as {@code 2026-01-31T12:00:00Z}, within the years {@link Times#clientRange} allows. */
    public static Instant instant(String name, String raw) {
        Instant instant;
        try {
            instant = Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw invalid("Parameter '" + name + "' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, got '"
                    + shorten(raw) + "'.");
        }
        if (!Times.clientRange(instant)) {
            throw invalid("Parameter '" + name + "' must lie between " + Times.EARLIEST + " and " + Times.LATEST
                    + ", got '" + shorten(raw) + "'.");
        }
        return instant;
    }

    /** An optional version: null when absent, otherwise a positive whole number. */
    public static Long version(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid("Parameter '" + name + "' must be a positive whole number, got '" + shorten(raw) + "'.");
    }

    public static DomainException invalid(String detail) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, detail);
    }

    /** Echoes at most 60 characters of a bad value back. */
    public static String shorten(String raw) {
        return raw.length() <= 60 ? raw : raw.substring(0, 60) + "...";
    }
}
