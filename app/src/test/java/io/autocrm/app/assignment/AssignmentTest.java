package io.autocrm.app.assignment;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import io.autocrm.command.assignment.AssignmentEngine;
import io.autocrm.command.ticket.RequireSkillsCommand;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.SkillRequirement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The assignment engine through the API: tickets created into a team are given to its online members by the team's
 * method, as ordinary events whose cause names the team, the method and the reason; away agents get nothing; a ticket
 * no one can take waits and is assigned when someone comes online or has room again.
 */
@AppTest
class AssignmentTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssignmentEngine engine;
    @Autowired
    CommandGateway commands;
    Api admin;
    String team;
    String teamName;

    @BeforeEach
    void setUp() {
        admin = new Api(port);
        teamName = "Billing " + UUID.randomUUID().toString().substring(0, 8);
        team = admin.post("/api/v1/teams", json("name", teamName)).json().get("id").asString();
    }

    @Test
    void balancesTicketsCreatedByApiAcrossOnlineAgentsAndSaysWhyInTheHistory() {
        String grace = agent("Grace");
        String alan = agent("Alan");
        members(grace, alan);
        status(grace, "online");
        status(alan, "online");

        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tickets.add(ticket("normal"));
        }

        Map<String, Integer> counts = awaitAssigned(tickets);
        assertThat(counts).containsEntry(grace, 2).containsEntry(alan, 2);
        JsonNode assignment = assignmentEntry(tickets.getLast());
        assertThat(assignment.get("actor").get("type").asString()).isEqualTo("system");
        assertThat(assignment.get("cause").get("type").asString()).isEqualTo("assignment");
        assertThat(assignment.get("cause").get("id").asString()).isEqualTo(team);
        assertThat(assignment.get("cause").get("name").asString()).isEqualTo(teamName + ": least busy");
        assertThat(assignment.get("cause").get("reason").asString()).startsWith("fewest open tickets: 1;");
    }

    @Test
    void anAgentGoingAwayStopsReceivingWork() {
        String grace = agent("Grace");
        String alan = agent("Alan");
        members(grace, alan);
        status(grace, "online");
        status(alan, "online");
        String first = ticket("normal");
        awaitAssigned(List.of(first));

        status(grace, "away");
        List<String> tickets = List.of(ticket("normal"), ticket("high"), ticket("low"));

        assertThat(awaitAssigned(tickets)).containsOnlyKeys(alan);
    }

    @Test
    void aWaitingTicketIsAssignedWhenAnAgentComesOnlineUrgentFirst() {
        String grace = agent("Grace");
        members(grace);
        capacity(grace, 1);
        String normal = ticket("normal");
        String urgent = ticket("urgent");
        awaitKnownToTheEngine(List.of(normal, urgent));
        assertThat(assignee(normal)).isNull();

        Api asGrace = admin.as(new Tokens(keys, port).forUser(UUID.fromString(login(grace)), "agent"));
        Api.Response online = put(asGrace, "/api/v1/agents/" + grace + "/status", "{\"status\":\"online\"}");
        assertThat(online.status()).as(online.toString()).isEqualTo(200);
        assertThat(online.json().get("status").asString()).isEqualTo("online");

        await().atMost(PATIENCE).until(() -> grace.equals(assignee(urgent)));
        assertThat(assignee(normal)).as("capacity 1: the normal ticket waits").isNull();
    }

    @Test
    void respectsCapacityAndAssignsTheWaitingTicketWhenRoomIsFreed() {
        String grace = agent("Grace");
        members(grace);
        capacity(grace, 1);
        status(grace, "online");
        String first = ticket("normal");
        await().atMost(PATIENCE).until(() -> grace.equals(assignee(first)));
        String second = ticket("normal");
        awaitKnownToTheEngine(List.of(second));
        assertThat(assignee(second)).isNull();

        Api.Response solved = admin.patch("/api/v1/tickets/" + first, json("status", "solved"));
        assertThat(solved.status()).as(solved.toString()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> grace.equals(assignee(second)));
    }

    @Test
    void aTicketTakenFromAnAgentFreesTheirPlaceForTheWaitingOne() {
        String grace = agent("Grace");
        String outsider = agent("Outsider");
        members(grace);
        capacity(grace, 1);
        status(grace, "online");
        String first = ticket("normal");
        await().atMost(PATIENCE).until(() -> grace.equals(assignee(first)));
        String second = ticket("high");
        awaitKnownToTheEngine(List.of(second));
        assertThat(assignee(second)).isNull();

        Api.Response reassigned = admin.patch("/api/v1/tickets/" + first, json("assigneeId", outsider));
        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> grace.equals(assignee(second)));
        assertThat(assignee(first)).isEqualTo(outsider);
    }

    @Test
    void neverAssignsToInactiveAgentsOrNonMembers() {
        String grace = agent("Grace");
        String outsider = agent("Outsider");
        members(grace);
        status(grace, "online");
        status(outsider, "online");
        assertThat(admin.patch("/api/v1/agents/" + grace, json("active", false)).status()).isEqualTo(200);

        String waiting = ticket("normal");
        awaitKnownToTheEngine(List.of(waiting));
        assertThat(assignee(waiting)).isNull();

        assertThat(admin.patch("/api/v1/agents/" + grace, json("active", true)).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> grace.equals(assignee(waiting)));
    }

    @Test
    void agentsSetOnlyTheirOwnStatus() {
        String grace = agent("Grace");
        String alan = agent("Alan");
        Api asAlan = admin.as(new Tokens(keys, port).forUser(UUID.fromString(login(alan)), "agent"));

        Api.Response refused = put(asAlan, "/api/v1/agents/" + grace + "/status", "{\"status\":\"online\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("forbidden");
        Api.Response invalid = put(asAlan, "/api/v1/agents/" + alan + "/status", "{\"status\":\"busy\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE payload_type LIKE '%AgentStatusChanged%'"
                + " AND convert_from(payload, 'UTF8') LIKE ?").param("%" + grace + "%").query(Long.class).single())
                .isZero();
        assertThat(put(asAlan, "/api/v1/agents/" + alan + "/status", "{\"status\":\"away\"}").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE payload_type LIKE '%AgentStatusChanged%'"
                + " AND convert_from(payload, 'UTF8') LIKE ?").param("%" + alan + "%").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void nodesDecidingAtOnceNeverAssignATicketTwiceNorFillAnAgentBeyondCapacity() throws Exception {
        List<String> agents = List.of(agent("Grace"), agent("Alan"), agent("Ada"));
        members(agents.toArray(String[]::new));
        for (int i = 0; i < agents.size(); i++) {
            capacity(agents.get(i), 3 + i);
        }
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tickets.add(ticket(i % 3 == 0 ? "high" : "normal"));
        }
        awaitKnownToTheEngine(tickets);
        // Online without an event, so nothing wakes the engine: the four deciders below start together.
        jdbc.sql("UPDATE directory.agent SET status = 'online' WHERE id IN (?::uuid, ?::uuid, ?::uuid)")
                .params(agents.toArray()).update();

        ExecutorService nodes = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> assigned = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            assigned.add(nodes.submit(() -> {
                start.await();
                return engine.assignWaiting(UUID.fromString(team));
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> each : assigned) {
            total += each.get(60, TimeUnit.SECONDS);
        }
        nodes.shutdown();

        assertThat(total).isLessThanOrEqualTo(12);
        await().atMost(PATIENCE).until(() -> tickets.stream().filter(t -> assignee(t) != null).count() == 12);
        Map<String, Integer> counts = new HashMap<>();
        tickets.stream().map(this::assignee).filter(java.util.Objects::nonNull).forEach(a -> counts.merge(a, 1, Integer::sum));
        assertThat(counts).containsEntry(agents.get(0), 3).containsEntry(agents.get(1), 4).containsEntry(agents.get(2), 5);
        for (String ticket : tickets) {
            assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ? "
                    + "AND payload_type LIKE '%TicketAssignedEvent'").param(ticket).query(Long.class).single())
                    .as("assignments of " + ticket).isLessThanOrEqualTo(1);
        }
        List<String> highFirst = tickets.stream().filter(t -> assignee(t) != null).toList();
        assertThat(highFirst).as("the 7 high-priority tickets are served first")
                .containsAll(java.util.stream.IntStream.range(0, 20).filter(i -> i % 3 == 0).mapToObj(tickets::get).toList());
    }

    @Test
    void aTicketChangedMeanwhileIsSkippedAndTheRestOfItsBatchIsAssigned() throws InterruptedException {
        String grace = agent("Grace");
        String alan = agent("Alan");
        members(grace, alan);
        List<String> tickets = List.of(ticket("high"), ticket("normal"), ticket("normal"));
        awaitKnownToTheEngine(tickets);
        // Someone tags the second ticket, and the engine is made to know the version before that (as when the change
        // came a moment ago): its command is refused, and the batch is decided again without it.
        long known = engineVersion(tickets.get(1));
        String tag = "t-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.patch("/api/v1/tickets/" + tickets.get(1), json("addTags", List.of(tag))).status())
                .isEqualTo(200);
        // Once nothing else reacts to the change any more (the engine knows the ticket's last event), the engine is
        // set back to the version before it.
        await().atMost(PATIENCE).until(() -> engineVersion(tickets.get(1)) > known
                && engineVersion(tickets.get(1)) == lastSequence(tickets.get(1)));
        Thread.sleep(500);
        assertThat(engineVersion(tickets.get(1))).isEqualTo(lastSequence(tickets.get(1)));
        jdbc.sql("UPDATE assignment.ticket SET version = ? WHERE ticket_id = ?::uuid").params(known, tickets.get(1))
                .update();
        jdbc.sql("UPDATE directory.agent SET status = 'online' WHERE id IN (?::uuid, ?::uuid)").params(grace, alan)
                .update();

        assertThat(engine.assignWaiting(UUID.fromString(team))).isEqualTo(2);

        assertThat(assignee(tickets.get(1))).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%TicketAssignedEvent'").param(tickets.get(1)).query(Long.class).single())
                .isZero();
        assertThat(List.of(assignee(tickets.get(0)), assignee(tickets.get(2))))
                .as("least busy within one batch: one each").containsExactlyInAnyOrder(grace, alan);

        // Once the engine has caught up with the ticket, it is assigned.
        jdbc.sql("UPDATE assignment.ticket SET version = ? WHERE ticket_id = ?::uuid")
                .params(lastSequence(tickets.get(1)), tickets.get(1)).update();
        assertThat(engine.assignWaiting(UUID.fromString(team))).isEqualTo(1);
        assertThat(assignee(tickets.get(1))).isIn(grace, alan);
    }

    @Test
    void balancedGivesATicketOnlyToAMemberWithItsRequiredSkillsAndOtherwiseLetsItWait() {
        String skill = "s-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/v1/skills", json("key", skill, "label", "Skill")).status()).isEqualTo(201);
        String grace = agent("Grace");
        String alan = agent("Alan");
        members(grace, alan);
        assertThat(admin.patch("/api/v1/teams/" + team, json("assignmentMethod", "balanced")).status()).isEqualTo(200);
        skills(grace, skill, 1);
        skills(alan, skill, 3);
        status(grace, "online");
        status(alan, "online");

        String expert = ticketRequiring(skill, 2);
        await().atMost(PATIENCE).until(() -> alan.equals(assignee(expert)));
        assertThat(assignmentEntry(expert).get("cause").get("reason").asString())
                .contains("has " + skill + " 2+").contains("the only member available");

        String master = ticketRequiring(skill, 3);
        await().atMost(PATIENCE).until(() -> alan.equals(assignee(master)));
        status(alan, "away");
        String waiting = ticketRequiring(skill, 2);
        awaitKnownToTheEngine(List.of(waiting));
        assertThat(assignee(waiting)).as("Grace has the skill at level 1 only").isNull();

        skills(grace, skill, 2);
        await().atMost(PATIENCE).until(() -> grace.equals(assignee(waiting)));
    }

    /** A ticket that requires the skill (as a routing rule would), then put into the team. */
    private String ticketRequiring(String skill, int level) {
        Api.Response created = admin.post("/api/v1/tickets", json("subject", "Needs an expert", "description",
                "Deep question.", "requester", json("name", "Ann Example", "email", UUID.randomUUID() + "@example.com")));
        String ticket = created.json().get("id").asString();
        commands.sendAndWait(new RequireSkillsCommand(new TicketId(UUID.fromString(ticket)),
                List.of(new SkillRequirement(skill, level))));
        assertThat(admin.patch("/api/v1/tickets/" + ticket, json("teamId", team)).status()).isEqualTo(200);
        return ticket;
    }

    private void skills(String agent, String skill, int level) {
        Api.Response changed = admin.patch("/api/v1/agents/" + agent,
                json("skills", List.of(json("skill", skill, "level", level))));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private Map<String, Integer> awaitAssigned(List<String> tickets) {
        Map<String, Integer> counts = new HashMap<>();
        await().atMost(PATIENCE).until(() -> tickets.stream().allMatch(t -> assignee(t) != null));
        tickets.forEach(t -> counts.merge(assignee(t), 1, Integer::sum));
        return counts;
    }

    private void awaitKnownToTheEngine(List<String> tickets) {
        await().atMost(PATIENCE).until(() -> tickets.stream().allMatch(t -> jdbc.sql(
                "SELECT count(*) FROM assignment.ticket WHERE ticket_id = ?::uuid").param(t).query(Long.class)
                .single() == 1));
        // The engine looks at the queue after the ledger's transaction; give it that moment.
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long lastSequence(String ticket) {
        return jdbc.sql("SELECT max(sequence_number) FROM events.domain_event_entry WHERE aggregate_identifier = ?")
                .param(ticket).query(Long.class).single();
    }

    private long engineVersion(String ticket) {
        return jdbc.sql("SELECT version FROM assignment.ticket WHERE ticket_id = ?::uuid").param(ticket)
                .query(Long.class).single();
    }

    /** The ticket's assignee as the command side knows it (the engine's state follows the events). */
    private String assignee(String ticket) {
        return jdbc.sql("SELECT assignee_id::text FROM assignment.ticket WHERE ticket_id = ?::uuid").param(ticket)
                .query(String.class).optional().orElse(null);
    }

    private JsonNode assignmentEntry(String ticket) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).until(() -> {
            for (JsonNode entry : admin.get("/api/v1/tickets/" + ticket + "/audit").json()) {
                if ("TicketAssignedEvent".equals(entry.get("eventType").asString())) {
                    found[0] = entry;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private String ticket(String priority) {
        Api.Response created = admin.post("/api/v1/tickets", json("subject", "Invoice twice", "description",
                "I was charged twice.", "priority", priority, "teamId", team, "requester",
                json("name", "Ann Example", "email", UUID.randomUUID() + "@example.com")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String agent(String name) {
        return admin.post("/api/v1/agents", json("name", name + " " + UUID.randomUUID().toString().substring(0, 6),
                "email", UUID.randomUUID() + "@example.com")).json().get("id").asString();
    }

    private String login(String agent) {
        assertThat(admin.post("/api/v1/users", json("id", agent, "role", "agent", "password", "assign-password-01"))
                .status()).isEqualTo(201);
        return agent;
    }

    private void members(String... agents) {
        Api.Response changed = admin.patch("/api/v1/teams/" + team, json("memberIds", List.of(agents)));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private void capacity(String agent, int capacity) {
        assertThat(admin.patch("/api/v1/agents/" + agent, json("capacity", capacity)).status()).isEqualTo(200);
    }

    private void status(String agent, String status) {
        Api.Response set = put(admin, "/api/v1/agents/" + agent + "/status", "{\"status\":\"" + status + "\"}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private static Api.Response put(Api api, String path, String body) {
        return api.send(api.request(path, "Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }
}
