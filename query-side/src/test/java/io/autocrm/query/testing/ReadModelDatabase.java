package io.autocrm.query.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.testsupport.TestPostgres;
import javax.sql.DataSource;

/** A fresh PostgreSQL database with the real core and read-model migrations, behind a small connection pool. */
public final class ReadModelDatabase {

    private ReadModelDatabase() {
    }

    public static HikariDataSource fresh() {
        DataSource migrated = TestPostgres.freshMigratedDataSource();
        HikariConfig config = new HikariConfig();
        config.setDataSource(migrated);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }
}
