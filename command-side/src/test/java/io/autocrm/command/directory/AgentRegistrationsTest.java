package io.autocrm.command.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.access.Caller;
import io.autocrm.command.directory.AgentRegistry.Agent;
import io.autocrm.events.common.AgentId;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.testsupport.TestPostgres;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The agents other modules find and register through the directory, on PostgreSQL with the real migrations. */
class AgentRegistrationsTest {

    static JdbcClient jdbc;
    static AgentRegistry registry;
    static ConfigurationHistory history;

    @BeforeAll
    static void database() {
        DataSource dataSource = TestPostgres.freshMigratedDataSource();
        jdbc = JdbcClient.create(dataSource);
        history = ConfigurationHistory.on(dataSource, () -> Caller.SYSTEM);
        registry = new AgentRegistrations(jdbc, history);
    }

    @Test
    void registersAnAgentMetForTheFirstTimeAndFindsItAfterwards() {
        Agent agent = registry.findOrRegister("Katherine Johnson", " katherine@example.com ");

        assertThat(agent.name()).isEqualTo("Katherine Johnson");
        assertThat(agent.email()).isEqualTo("katherine@example.com");
        assertThat(registry.find(agent.id())).contains(agent);
        assertThat(registry.findByEmail("KATHERINE@example.com")).contains(agent);
        assertThat(new Agents(jdbc, event -> { }, history).exists(new AgentId(agent.id()))).isTrue();
    }

    @Test
    void findsTheAgentAnAddressBelongsToInsteadOfRegisteringASecond() {
        Agent first = registry.findOrRegister("Dorothy Vaughan", "dorothy@example.com");

        Agent again = registry.findOrRegister("D. Vaughan", "DOROTHY@example.com");

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM directory.agent WHERE lower(email) = 'dorothy@example.com'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void findsNoAgentForAnUnknownIdOrAddress() {
        assertThat(registry.find(UUID.randomUUID())).isEmpty();
        assertThat(registry.findByEmail("nobody@example.com")).isEmpty();
    }
}
