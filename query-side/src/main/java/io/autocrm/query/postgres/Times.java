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

    private Times() {
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
