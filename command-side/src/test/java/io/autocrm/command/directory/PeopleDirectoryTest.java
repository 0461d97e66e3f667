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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    static SkillCatalog skills;
    static final List<Object> published = new ArrayList<>();

    @BeforeAll
    static void database() {
        dataSource = TestPostgres.freshMigratedDataSource();
        jdbc = JdbcClient.create(dataSource);
        ConfigurationHistory history = ConfigurationHistory.on(dataSource, () -> Caller.SYSTEM);
        agents = new Agents(jdbc, published::add, history);
        teams = new Teams(jdbc, published::add, history);
        skills = new SkillCatalog(jdbc, history);
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
        Teams.TeamView renamed = new Teams.TeamView(support.id(), "First line", "", "least-busy", List.of());
        assertThat(teams.update(support.id(), "First line", null, null, null)).isEqualTo(renamed);
        assertThat(teams.all()).contains(renamed);
        assertThat(codeOf(() -> teams.update(support.id(), "ESCALATIONS", null, null, null)))
                .isEqualTo(ErrorCode.DUPLICATE_DEFINITION);
        assertThat(codeOf(() -> teams.update(TeamId.random().value(), "Nobody", null, null, null)))
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void setsATeamsFocusMethodAndMembersAndTellsTheEngine() {
        Teams.TeamView vip = teams.create("VIP");
        AgentView grace = agents.create("Grace", "grace-vip@example.com");
        AgentView alan = agents.create("Alan", "alan-vip@example.com");
        published.clear();

        Teams.TeamView changed = teams.update(vip.id(), null, " Key accounts ", AssignmentMethod.BALANCED,
                List.of(grace.id(), alan.id(), grace.id()));

        assertThat(changed).isEqualTo(new Teams.TeamView(vip.id(), "VIP", "Key accounts", "balanced",
                List.of(alan.id(), grace.id())));
        assertThat(published).containsExactly(new AssignmentInputsChanged(Set.of(vip.id())));
        assertThat(teams.update(vip.id(), null, null, null, List.of(alan.id())).memberIds()).containsExactly(alan.id());
        assertThat(codeOf(() -> teams.update(vip.id(), null, null, null, List.of(AgentId.random().value()))))
                .isEqualTo(ErrorCode.AGENT_NOT_FOUND);
        assertThat(codeOf(() -> AssignmentMethod.fromKey("random"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void givesAgentsACapacityAndSkillsFromTheCatalog() {
        skills.create("billing", "Billing");
        skills.create("german", "German");
        AgentView agent = agents.create("Emmy", "emmy@example.com");
        assertThat(agent.capacity()).isEqualTo(10);
        assertThat(agent.status()).isEqualTo("offline");

        AgentView skilled = agents.update(agent.id(), null, null, 4,
                List.of(new Agents.AgentSkill("german", 3), new Agents.AgentSkill("billing", 1)));

        assertThat(skilled.capacity()).isEqualTo(4);
        assertThat(skilled.skills()).containsExactly(new Agents.AgentSkill("billing", 1),
                new Agents.AgentSkill("german", 3));
        assertThat(codeOf(() -> agents.update(agent.id(), null, null, null,
                List.of(new Agents.AgentSkill("plumbing", 1))))).isEqualTo(ErrorCode.UNKNOWN_SKILL);
        assertThat(codeOf(() -> agents.update(agent.id(), null, null, null,
                List.of(new Agents.AgentSkill("billing", 4))))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> agents.update(agent.id(), null, null, -1, null)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> skills.create("Bad Key", "Bad"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> skills.create("billing", "Again"))).isEqualTo(ErrorCode.DUPLICATE_DEFINITION);
        assertThat(skills.relabel("billing", "Invoices and refunds").label()).isEqualTo("Invoices and refunds");
    }

    @Test
    void renamesAgentsAndTakesThemOffAndBackOnDuty() {
        AgentView agent = agents.create("Katherine", "katherine@example.com");
        AgentView off = agents.update(agent.id(), null, false, null, null);
        assertThat(off).isEqualTo(new AgentView(agent.id(), "Katherine", "katherine@example.com", false, 10,
                "offline", agent.statusSince(), List.of()));
        assertThat(agents.exists(new AgentId(agent.id()))).isFalse();
        AgentView back = agents.update(agent.id(), "Katherine Johnson", true, null, null);
        assertThat(back.name()).isEqualTo("Katherine Johnson");
        assertThat(agents.exists(new AgentId(agent.id()))).isTrue();
        assertThat(codeOf(() -> agents.update(AgentId.random().value(), "x", null, null, null))).isEqualTo(ErrorCode.NOT_FOUND);
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
