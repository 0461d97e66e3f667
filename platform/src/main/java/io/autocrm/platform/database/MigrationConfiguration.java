package io.autocrm.platform.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Flyway owns every table. Two histories: the core schemas (event store, personal data, directory), which are never
 * dropped, and the read-model schema, which can be dropped and rebuilt by replaying events.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationConfiguration {

    /** Flyway of the read-model schema; also used to recreate it on rebuild. */
    public static final String READ_MODEL_FLYWAY = "readModelFlyway";
    public static final String READ_MODEL_SCHEMA = "read_model";

    @Bean
    Flyway coreFlyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/core")
                .schemas("events", "pii", "directory").createSchemas(true).table("flyway_history")
                .load();
    }

    @Bean(READ_MODEL_FLYWAY)
    Flyway readModelFlyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/readmodel")
                .schemas(READ_MODEL_SCHEMA).createSchemas(true).table("flyway_history")
                .load();
    }

    @Bean
    FlywayMigrationInitializer coreMigration(@Qualifier("coreFlyway") Flyway coreFlyway) {
        return new FlywayMigrationInitializer(coreFlyway);
    }

    @Bean
    @DependsOn("coreMigration")
    FlywayMigrationInitializer readModelMigration(@Qualifier(READ_MODEL_FLYWAY) Flyway readModelFlyway) {
        return new FlywayMigrationInitializer(readModelFlyway);
    }
}
