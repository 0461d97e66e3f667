package io.autocrm.query.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as PostgreSQL keeps them: microsecond precision. Projections and folds truncate event timestamps the same
 * way, so a read model and a fold of the same events agree to the microsecond.
 */
public final class Times {

    /**
     * The instants a client may name (filters, cursors, {@code asOf}): years 1 to 9999. Java's instants and
     * PostgreSQL's timestamps reach much further, but not equally far; beyond these years neither ISO-8601's common form
     * nor any helpdesk date applies.
     */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Times() {
    }

    /** True when the instant lies within {@link #EARLIEST} and {@link #LATEST}. */
    public static boolean clientRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** The instant as stored in a {@code timestamptz}. */
    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** A JDBC parameter for a {@code timestamptz} column. */
    public static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC);
    }

    /** Reads a {@code timestamptz} column; null stays null. */
    public static Instant fromDb(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
