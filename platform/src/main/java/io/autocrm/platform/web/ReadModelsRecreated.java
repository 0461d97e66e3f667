package io.autocrm.platform.web;

import io.autocrm.platform.database.MigrationConfiguration;
import java.sql.SQLException;

/**
 * Recognises a read that met the read-model schema while a rebuild had dropped it and not yet created it again
 * (PostgreSQL's {@code undefined_table} 42P01 or {@code invalid_schema_name} 3F000 on a {@code read_model} relation):
 * the read models are behind, not broken, and the client should retry in a moment.
 */
public final class ReadModelsRecreated {

    private static final String UNDEFINED_TABLE = "42P01";
    private static final String INVALID_SCHEMA = "3F000";

    private ReadModelsRecreated() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (UNDEFINED_TABLE.equals(sql.getSQLState())
                    || INVALID_SCHEMA.equals(sql.getSQLState())) && sql.getMessage() != null
                    && sql.getMessage().contains(MigrationConfiguration.READ_MODEL_SCHEMA)) {
                return true;
            }
        }
        return false;
    }
}
