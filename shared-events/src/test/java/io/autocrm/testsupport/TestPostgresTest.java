package io.autocrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class TestPostgresTest {

    @Test
    void createsMigratedDatabasesThatDoNotShareRows() {
        DataSource first = TestPostgres.freshMigratedDataSource();
        DataSource second = TestPostgres.freshMigratedDataSource();
        ConfigurationWrites.write(first,
                jdbc -> jdbc.sql("INSERT INTO directory.team (id, name) VALUES (gen_random_uuid(), 'Billing')").update());

        assertThat(JdbcClient.create(first).sql("SELECT count(*) FROM directory.team").query(Long.class).single()).isEqualTo(1L);
        assertThat(JdbcClient.create(second).sql("SELECT count(*) FROM directory.team").query(Long.class).single()).isZero();
        assertThat(JdbcClient.create(second).sql("SELECT count(*) FROM directory.ticket_status WHERE built_in").query(Long.class).single())
                .isEqualTo(6L);
    }
}
