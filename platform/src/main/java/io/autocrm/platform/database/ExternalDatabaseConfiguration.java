package io.autocrm.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A configured PostgreSQL ({@code DATABASE_URL} or {@code spring.datasource.*}). The DataSource is declared here rather
 * than left to Boot's auto-configuration because Axon 4.13's JDBC auto-configuration checks for a DataSource bean
 * without being ordered after Boot 4's DataSource auto-configuration, and would otherwise silently back off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatabaseConfigured.class)
class ExternalDatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
