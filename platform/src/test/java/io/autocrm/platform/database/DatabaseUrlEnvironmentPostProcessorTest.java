package io.autocrm.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlEnvironmentPostProcessorTest {

    @Test
    void translatesAHerokuStyleUrlIntoDatasourceSettings() {
        Map<String, Object> props = DatabaseUrlEnvironmentPostProcessor.toDatasourceProperties(
                "postgres://crm:s%40cret@db.internal:6543/autocrm?sslmode=require");
        assertThat(props).containsEntry("spring.datasource.url", "jdbc:postgresql://db.internal:6543/autocrm?sslmode=require")
                .containsEntry("spring.datasource.username", "crm")
                .containsEntry("spring.datasource.password", "s@cret");
    }

    @Test
    void passesAJdbcUrlThrough() {
        assertThat(DatabaseUrlEnvironmentPostProcessor.toDatasourceProperties("jdbc:postgresql://localhost/autocrm"))
                .containsExactly(Map.entry("spring.datasource.url", "jdbc:postgresql://localhost/autocrm"));
    }

    @Test
    void acceptsThePostgresqlSchemeWithoutCredentials() {
        assertThat(DatabaseUrlEnvironmentPostProcessor.toDatasourceProperties("postgresql://localhost/autocrm"))
                .containsExactly(Map.entry("spring.datasource.url", "jdbc:postgresql://localhost/autocrm"));
    }

    @Test
    void refusesOtherDatabases() {
        assertThatThrownBy(() -> DatabaseUrlEnvironmentPostProcessor.toDatasourceProperties("mysql://localhost/autocrm"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
