package io.autocrm.app.automations;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.command.automation.AutomationRun;
import java.net.http.HttpRequest.BodyPublishers;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Triggers act on tickets through ordinary commands with themselves as the cause, at most once per chain, and a chain
 * of triggers stops at the depth limit with a note; automations act once per qualifying period, however often they
 * run. Every rule here is limited to this test's tickets (their subject carries a token) and deleted afterwards, as
 * the context is shared with other tests.
 */
@AppTest
class AutomationsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AutomationRun automations;
    @Autowired
    EventProcessingConfiguration processing;
    Api admin;
    String token;
    String customerId;
    String agentId;
    final List<String> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        admin = new Api(port);
        token = "tok" + UUID.randomUUID().toString().replace("-", "");
        customerId = admin.post("/api/v1/customers", json("name", "Zoë Trigger", "email",
                UUID.randomUUID() + "@example.com")).json().get("id").asString();
        agentId = admin.post("/api/v1/agents", json("name", "Ann Auto", "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
    }

    @AfterEach
    void deleteRules() {
        created.forEach(path -> admin.send(admin.request(path).DELETE()));
    }

    @Test
    void aTriggerActsOnACreatedTicketWithItselfAsTheCause() {
        String trigger = rule("triggers", "VIP escalation", json("all", List.of(
                condition("update", "is", "created"), condition("text", "contains", token),
                condition("tags", "includes-any", "vip"))), List.of(
                json("type", "set-priority", "value", "urgent"), json("type", "add-tags", "values", List.of("escalated")),
                json("type", "internal-note", "body", "<p>VIP ticket #{{ticket.number}} from "
                        + "{{requester.first_name}}</p>")));
        String plain = ticket(List.of());
        String vip = ticket(List.of("vip"));

        JsonNode acted = await().atMost(Duration.ofSeconds(20)).until(() -> admin.get("/api/v1/tickets/" + vip).json(),
                t -> t.get("priority").asString().equals("urgent"));
        assertThat(tags(acted)).contains("vip", "escalated");
        List<JsonNode> events = await().atMost(Duration.ofSeconds(20)).until(() -> list(admin.get(
                "/api/v1/tickets/" + vip + "/events").json()), e -> e.size() >= 4);
        List<JsonNode> byTrigger = events.stream().filter(e -> !e.get("metadata").get("cause").isNull()).toList();
        assertThat(byTrigger).extracting(e -> e.get("type").asString()).contains("TicketPriorityChangedEvent",
                "TicketTaggedEvent", "InternalNoteAddedEvent");
        byTrigger.forEach(e -> {
            assertThat(e.get("metadata").get("actorType").asString()).isEqualTo("system");
            assertThat(e.get("metadata").get("channel").asString()).isEqualTo("system");
            assertThat(e.get("metadata").get("correlationId").asString())
                    .isEqualTo(events.getFirst().get("metadata").get("correlationId").asString());
            JsonNode cause = e.get("metadata").get("cause");
            assertThat(cause.get("type").asString()).isEqualTo("trigger");
            assertThat(cause.get("id").asString()).isEqualTo(trigger);
            assertThat(cause.get("name").asString()).isEqualTo("VIP escalation");
            assertThat(cause.get("version").asInt()).isEqualTo(1);
        });
        long version = events.getLast().get("version").asLong();
        List<JsonNode> audit = list(admin.get("/api/v1/tickets/" + vip + "/audit?minVersion=" + version).json());
        assertThat(audit.stream().filter(e -> !e.get("cause").isNull()).map(e -> e.get("cause").get("name")
                .asString())).hasSize(byTrigger.size()).containsOnly("VIP escalation");

        assertThat(admin.get("/api/v1/tickets/" + plain).json().get("priority").asString())
                .as("the trigger's conditions did not hold for the ticket without the tag").isEqualTo("normal");
        admin.patch("/api/v1/tickets/" + vip, json("addTags", List.of("again")));
        String firings = "SELECT count(*) FROM automation.trigger_firing WHERE rule_id = ?::uuid";
        assertThat(jdbc.sql(firings).param(trigger).query(Long.class).single())
                .as("an update is not a creation: one firing").isEqualTo(1);
    }

    @Test
    void aProcessorReplayingFromTheFirstEventActsOnNothingAgain() {
        rule("triggers", "Note on creation", json("all", List.of(condition("update", "is", "created"),
                condition("text", "contains", token))), List.of(json("type", "internal-note", "body", "<p>Seen</p>")));
        String ticket = ticket(List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> list(admin.get("/api/v1/tickets/" + ticket + "/events")
                .json()).size() == 2);
        jdbc.sql("DELETE FROM automation.trigger_progress").update();

        StreamingEventProcessor processor = processing.eventProcessor("automation", StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        // Caught up with the whole store: a replay stays "replaying" until an event past its reset position arrives,
        // so the position is what tells that every old event was handled again.
        long head = jdbc.sql("SELECT max(global_index) FROM events.domain_event_entry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(s -> s.isCaughtUp()
                        && s.getCurrentPosition().orElse(-1) >= head));

        assertThat(list(admin.get("/api/v1/tickets/" + ticket + "/events").json()))
                .as("the replayed creation finds the trigger's firing in its chain").hasSize(2);
    }

    @Test
    void aChainOfTriggersStopsAtTheDepthLimitWithANote() {
        // Created in reverse, so each link acts on the change of the one before (the first acts last in order).
        for (int link = 6; link >= 2; link--) {
            rule("triggers", "Link " + link, json("all", List.of(condition("text", "contains", token),
                    condition("tags", "includes-any", "t" + (link - 1)))), List.of(
                    json("type", "add-tags", "values", List.of("t" + link))));
        }
        rule("triggers", "Link 1", json("all", List.of(condition("text", "contains", token),
                condition("update", "is", "created"))), List.of(json("type", "add-tags", "values", List.of("t1"))));

        String ticket = ticket(List.of());

        List<JsonNode> events = await().atMost(Duration.ofSeconds(30)).until(() -> list(admin.get(
                "/api/v1/tickets/" + ticket + "/events").json()), e -> e.stream().anyMatch(
                event -> event.get("type").asString().equals("InternalNoteAddedEvent")));
        JsonNode detail = admin.get("/api/v1/tickets/" + ticket + "?minVersion=" + events.getLast().get("version")
                .asLong()).json();
        assertThat(tags(detail)).contains("t1", "t2", "t3", "t4", "t5").doesNotContain("t6");
        assertThat(events.stream().filter(e -> e.get("type").asString().equals("InternalNoteAddedEvent")))
                .hasSize(1);
        JsonNode note = events.getLast();
        assertThat(note.get("metadata").get("cause").get("name").asString()).isEqualTo("Link 6");
        assertThat(jdbc.sql("SELECT count(*) FROM automation.trigger_firing WHERE ticket_id = ?::uuid AND outcome = "
                + "'acted'").param(ticket).query(Long.class).single()).as("five links and the note").isEqualTo(6);
    }

    @Test
    void anAutomationClosesASolvedTicketOnceHoweverOftenItRuns() {
        String automation = rule("automations", "Close solved", json("all", List.of(
                condition("status", "is", "solved"), condition("hours-since-status-changed", "greater-than", "0"),
                condition("text", "contains", token))), List.of(json("type", "set-status", "value", "closed")));
        String ticket = ticket(List.of());
        assertThat(admin.patch("/api/v1/tickets/" + ticket, json("status", "solved", "assigneeId", agentId)).status())
                .isEqualTo(200);
        awaitCandidate(ticket);

        automations.run();
        automations.run();

        JsonNode closed = await().atMost(Duration.ofSeconds(10)).until(() -> admin.get("/api/v1/tickets/" + ticket)
                .json(), t -> t.get("status").get("key").asString().equals("closed"));
        List<JsonNode> events = list(admin.get("/api/v1/tickets/" + ticket + "/events?minVersion="
                + closed.get("version").asLong()).json());
        List<JsonNode> byAutomation = events.stream().filter(e -> !e.get("metadata").get("cause").isNull()).toList();
        assertThat(byAutomation).hasSize(1);
        assertThat(byAutomation.getFirst().get("type").asString()).isEqualTo("TicketStatusChangedEvent");
        assertThat(byAutomation.getFirst().get("metadata").get("cause").get("id").asString()).isEqualTo(automation);
        assertThat(byAutomation.getFirst().get("metadata").get("cause").get("type").asString())
                .isEqualTo("automation");
        assertThat(jdbc.sql("SELECT count(*) FROM automation.automation_firing WHERE rule_id = ?::uuid")
                .param(automation).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAutomationRemindsOncePerStayInAStatus() {
        rule("automations", "Remind pending", json("all", List.of(condition("status", "is", "pending"),
                condition("hours-since-status-changed", "greater-than", "0"), condition("text", "contains", token))),
                List.of(json("type", "public-reply", "body", "<p>Hello {{requester.first_name}}, any news on "
                        + "#{{ticket.number}}?</p>")));
        String ticket = ticket(List.of());
        admin.patch("/api/v1/tickets/" + ticket, json("status", "pending"));
        awaitCandidate(ticket);

        automations.run();
        automations.run();
        assertThat(replies(ticket)).hasSize(1);
        assertThat(replies(ticket).getFirst().get("payload").toString()).doesNotContain("{{");

        admin.patch("/api/v1/tickets/" + ticket, json("status", "open"));
        admin.patch("/api/v1/tickets/" + ticket, json("status", "pending"));
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
            automations.run();
            return replies(ticket).size() >= 2;
        });
        automations.run();
        assertThat(replies(ticket)).as("a new stay in pending is a new period, reminded once").hasSize(2);
    }

    @Test
    void refusesRulesThatCannotWorkWithStableCodes() {
        Api.Response noTime = admin.post("/api/v1/automations", json("name", "No time", "enabled", true,
                "conditions", json("all", List.of(condition("status", "is", "solved"))),
                "actions", List.of(json("type", "set-status", "value", "closed"))));
        assertThat(noTime.status()).isEqualTo(422);
        assertThat(noTime.json().get("code").asString()).isEqualTo("invalid-automation-conditions");
        Api.Response changeField = admin.post("/api/v1/automations", json("name", "Change", "enabled", true,
                "conditions", json("all", List.of(condition("update", "is", "created"),
                        condition("hours-since-created", "greater-than", "1"))),
                "actions", List.of(json("type", "set-status", "value", "closed"))));
        assertThat(changeField.json().get("code").asString()).isEqualTo("invalid-automation-conditions");
        Api.Response unknownAction = admin.post("/api/v1/triggers", json("name", "Bad", "enabled", true,
                "actions", List.of(json("type", "launch-rocket"))));
        assertThat(unknownAction.status()).isEqualTo(422);
        assertThat(unknownAction.json().get("code").asString()).isEqualTo("invalid-rule-action");
        Api.Response unknownStatus = admin.post("/api/v1/triggers", json("name", "Bad", "enabled", true,
                "actions", List.of(json("type", "set-status", "value", "nowhere"))));
        assertThat(unknownStatus.json().get("code").asString()).isEqualTo("unknown-status");
        Api.Response badCondition = admin.post("/api/v1/triggers", json("name", "Bad", "enabled", true,
                "conditions", json("all", List.of(condition("update", "is", "exploded"))),
                "actions", List.of(json("type", "add-tags", "values", List.of("x")))));
        assertThat(badCondition.json().get("code").asString()).isEqualTo("validation-failed");
        Api.Response badPlaceholder = admin.post("/api/v1/triggers", json("name", "Bad", "enabled", true,
                "actions", List.of(json("type", "public-reply", "body", "Hi {{requester.shoe_size}}"))));
        assertThat(badPlaceholder.json().get("code").asString()).isEqualTo("unknown-placeholder");
        Api.Response missing = admin.get("/api/v1/triggers/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("trigger-not-found");
    }

    @Test
    void savesVersionsRefusesAStaleOneAndReorders() {
        String first = rule("triggers", "First", json("all", List.of(condition("text", "contains", token))),
                List.of(json("type", "add-tags", "values", List.of("one"))));
        String second = rule("triggers", "Second", json("all", List.of(condition("text", "contains", token))),
                List.of(json("type", "add-tags", "values", List.of("two"))));
        Map<String, Object> change = json("name", "First, renamed", "enabled", false, "version", 1, "conditions",
                json("all", List.of(condition("text", "contains", token))), "actions",
                List.of(json("type", "add-tags", "values", List.of("Uno"))));
        Api.Response saved = put("/api/v1/triggers/" + first, change);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(2);
        assertThat(saved.json().get("actions").get(0).get("values").get(0).asString()).isEqualTo("uno");
        Api.Response stale = put("/api/v1/triggers/" + first, change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("version-conflict");
        assertThat(jdbc.sql("SELECT count(*) FROM automation.rule_version WHERE rule_id = ?::uuid").param(first)
                .query(Long.class).single()).isEqualTo(2);

        List<String> ids = new ArrayList<>(list(admin.get("/api/v1/triggers").json().get("items")).stream()
                .map(r -> r.get("id").asString()).toList());
        ids.remove(second);
        ids.addFirst(second);
        Api.Response reordered = put("/api/v1/triggers/order", json("ids", ids));
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(reordered.json().get("items").get(0).get("id").asString()).isEqualTo(second);
        assertThat(put("/api/v1/triggers/order", json("ids", List.of(second))).status()).isEqualTo(400);
    }

    private String rule(String kind, String name, Map<String, Object> conditions, List<Map<String, Object>> actions) {
        Api.Response response = admin.post("/api/v1/" + kind, json("name", name, "enabled", true,
                "conditions", conditions, "actions", actions));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().get("id").asString();
        created.add("/api/v1/" + kind + "/" + id);
        return id;
    }

    private String ticket(List<String> tags) {
        Api.Response response = admin.post("/api/v1/tickets", json("subject", "Printer " + token, "description",
                "It is on fire", "requesterId", customerId, "tags", tags));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Waits until the ticket's status change reached the candidates and more than a second passed since. */
    private void awaitCandidate(String ticket) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM automation.candidate WHERE "
                + "ticket_id = ?::uuid AND status_changed_at > created_at").param(ticket).query(Long.class).single() == 1);
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<JsonNode> replies(String ticket) {
        return list(admin.get("/api/v1/tickets/" + ticket + "/events").json()).stream()
                .filter(e -> e.get("type").asString().equals("PublicReplyAddedEvent")).toList();
    }

    private Api.Response put(String path, Map<String, Object> body) {
        return admin.send(admin.request(path).PUT(BodyPublishers.ofString(Api.JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json"));
    }

    private static Map<String, Object> condition(String field, String operator, String... values) {
        return json("field", field, "operator", operator, "values", List.of(values));
    }

    private static List<String> tags(JsonNode ticket) {
        return list(ticket.get("tags")).stream().map(JsonNode::asString).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
