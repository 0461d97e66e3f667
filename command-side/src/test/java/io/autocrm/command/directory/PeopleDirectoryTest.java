package io.autocrm.command.directory;

import static io.autocrm.command.directory.StatusesTest.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.access.Caller;
import io.autocrm.command.directory.Agents.AgentView;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.testsupport.ConfigurationWrites;
import io.autocrm.testsupport.TestPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Agents, teams and organisations on PostgreSQL with the real migrations. */
class PeopleDirectoryTest {

    static DataSource dataSource;
    static JdbcClient jdbc;
    static Agents agents;
    static Teams teams;
    static Organisations organisations;

    @BeforeAll
    static void database() {
        dataSource = TestPostgres.freshMigratedDataSource();
        jdbc = JdbcClient.create(dataSource);
        ConfigurationHistory history = ConfigurationHistory.on(dataSource, () -> Caller.SYSTEM);
        agents = new Agents(jdbc, history);
        teams = new Teams(jdbc, history);
        organisations = new Organisations(jdbc, history);
    }

    @Test
    void createsFindsAndListsAgents() {
        AgentView agent = agents.create("Grace Hopper", "grace@example.com");
        assertThat(agents.find(agent.id())).contains(agent);
        assertThat(agents.all()).contains(agent);
        assertThat(agents.exists(new AgentId(agent.id()))).isTrue();
        assertThat(agents.exists(AgentId.random())).isFalse();
    }

    @Test
    void treatsDeactivatedAgentsAsAbsentAndRefusesTakenEmails() {
        AgentView agent = agents.create("Alan", "alan@example.com");
        assertThat(codeOf(() -> agents.create("Alan T.", "ALAN@example.com")))
                .isEqualTo(ErrorCode.DUPLICATE_DEFINITION);
        ConfigurationWrites.write(dataSource,
                jdbc -> jdbc.sql("UPDATE directory.agent SET active = false WHERE id = ?").param(agent.id()).update());
        assertThat(agents.exists(new AgentId(agent.id()))).isFalse();
    }

    @Test
    void createsTeamsWithUniqueNames() {
        Teams.TeamView billing = teams.create("Billing");
        assertThat(teams.exists(new TeamId(billing.id()))).isTrue();
        assertThat(teams.exists(TeamId.random())).isFalse();
        assertThat(teams.all()).contains(billing);
        assertThat(codeOf(() -> teams.create("billing"))).isEqualTo(ErrorCode.DUPLICATE_DEFINITION);
    }

    @Test
    void renamesTeamsKeepingNamesUnique() {
        Teams.TeamView support = teams.create("Support desk");
        teams.create("Escalations");
        assertThat(teams.rename(support.id(), "First line")).isEqualTo(new Teams.TeamView(support.id(), "First line"));
        assertThat(teams.all()).contains(new Teams.TeamView(support.id(), "First line"));
        assertThat(codeOf(() -> teams.rename(support.id(), "ESCALATIONS"))).isEqualTo(ErrorCode.DUPLICATE_DEFINITION);
        assertThat(codeOf(() -> teams.rename(TeamId.random().value(), "Nobody"))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void renamesAgentsAndTakesThemOffAndBackOnDuty() {
        AgentView agent = agents.create("Katherine", "katherine@example.com");
        AgentView off = agents.update(agent.id(), null, false);
        assertThat(off).isEqualTo(new AgentView(agent.id(), "Katherine", "katherine@example.com", false));
        assertThat(agents.exists(new AgentId(agent.id()))).isFalse();
        AgentView back = agents.update(agent.id(), "Katherine Johnson", true);
        assertThat(back.name()).isEqualTo("Katherine Johnson");
        assertThat(agents.exists(new AgentId(agent.id()))).isTrue();
        assertThat(codeOf(() -> agents.update(AgentId.random().value(), "x", null))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void createsOrganisationsWithUniqueNames() {
        Organisations.OrganisationView acme = organisations.create("Acme", true);
        assertThat(organisations.exists(new OrganisationId(acme.id()))).isTrue();
        assertThat(organisations.exists(OrganisationId.random())).isFalse();
        assertThat(organisations.all()).contains(acme);
        assertThat(codeOf(() -> organisations.create("Acme", false))).isEqualTo(ErrorCode.DUPLICATE_DEFINITION);
    }
}
