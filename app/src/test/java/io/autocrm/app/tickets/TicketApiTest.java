package io.autocrm.app.tickets;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.Api.Response;
import io.autocrm.app.support.AppTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A ticket's whole working life through HTTP, as an integrator sees it. */
@AppTest
class TicketApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    String agentId;
    String teamId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        agentId = api.post("/api/v1/agents", json("name", "Grace Hopper", "email", unique("grace") + "@example.com"))
                .json().get("id").asString();
        teamId = api.post("/api/v1/teams", json("name", unique("Billing"))).json().get("id").asString();
    }

    @Test
    void worksATicketThroughItsLifeAndKeepsEveryChange() {
        Response created = createTicket(json("subject", "Printer on fire", "description", "It is smoking.",
                "requester", json("name", "Ann Customer", "email", unique("ann") + "@example.com"),
                "channel", "email", "priority", "high", "tags", List.of("Hardware", "urgent-ish")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("number").asLong()).isPositive();
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Location")).endsWith("/api/v1/tickets/" + id);

        JsonNode fresh = read(id, 1);
        assertThat(fresh.get("subject").asString()).isEqualTo("Printer on fire");
        assertThat(fresh.get("status").get("category").asString()).isEqualTo("new");
        assertThat(fresh.get("priority").asString()).isEqualTo("high");
        assertThat(texts(fresh.get("tags"))).containsExactlyInAnyOrder("hardware", "urgent-ish");
        assertThat(fresh.get("requester").get("name").asString()).isEqualTo("Ann Customer");
        Instant beforeWork = Instant.now();

        long v = patch(id, 1, json("assigneeId", agentId, "teamId", teamId, "status", "pending", "addTags", List.of("vip")));
        v = message(id, v, "public-reply", "We are on it.", agentId);
        v = message(id, v, "internal-note", "Check the fuser unit.", agentId);
        v = message(id, v, "customer-message", "Still smoking!", null);
        JsonNode reopened = read(id, v);
        assertThat(reopened.get("status").get("key").asString()).as("customer message reopens pending").isEqualTo("open");
        assertThat(reopened.get("assignee").get("id").asString()).isEqualTo(agentId);
        assertThat(reopened.get("team").get("id").asString()).isEqualTo(teamId);
        assertThat(texts(reopened.get("tags"))).contains("vip");
        assertThat(reopened.get("messages")).hasSize(4);
        assertThat(kinds(reopened.get("messages"))).contains("internal-note", "public-reply");

        v = patch(id, v, json("status", "solved", "priority", "urgent", "type", "incident", "removeTags", List.of("vip")));
        JsonNode solved = read(id, v);
        assertThat(solved.get("status").get("category").asString()).isEqualTo("solved");
        assertThat(solved.get("solvedAt").isNull()).isFalse();
        assertThat(solved.get("firstResponseAt").isNull()).isFalse();

        Response history = api.get("/api/v1/tickets/" + id + "/events");
        assertThat(history.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        history.json().forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).startsWith("TicketCreatedEvent").contains("TicketAssignedEvent", "TicketTeamAssignedEvent",
                "TicketStatusChangedEvent", "TicketTaggedEvent", "PublicReplyAddedEvent", "InternalNoteAddedEvent",
                "CustomerMessageAddedEvent", "TicketPriorityChangedEvent", "TicketTypeChangedEvent",
                "TicketUntaggedEvent");
        assertThat(history.json()).hasSize((int) v);
        JsonNode firstMeta = history.json().get(0).get("metadata");
        assertThat(history.json().get(0).get("payload").get("channel").asString()).as("where the ticket came from")
                .isEqualTo("email");
        assertThat(firstMeta.get("channel").asString()).as("how the change reached AutoCRM").isEqualTo("api");
        assertThat(firstMeta.get("actorType").asString()).isEqualTo("api_key");
        assertThat(firstMeta.get("correlationId").isNull()).isFalse();

        Response past = api.get("/api/v1/tickets/" + id + "?asOf=" + beforeWork);
        assertThat(past.status()).as(past.toString()).isEqualTo(200);
        assertThat(past.json().get("status").get("category").asString()).isEqualTo("new");
        assertThat(past.json().get("messages")).hasSize(1);
        assertThat(past.json().get("assignee").isNull()).isTrue();
    }

    @Test
    void refusesAStaleIfMatchWithAConflictAndLosesNothing() {
        String id = createTicket(simpleTicket()).json().get("id").asString();
        long v = patch(id, 1, json("priority", "low"));

        Response stale = api.patch("/api/v1/tickets/" + id, json("priority", "urgent"), "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("version-conflict");
        assertThat(read(id, v).get("priority").asString()).isEqualTo("low");
        assertThat(eventCount(id)).isEqualTo(v);
    }

    @Test
    void returnsTheSameTicketForARepeatedIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        Response first = api.post("/api/v1/tickets", simpleTicket(), "Idempotency-Key", key);
        Response again = api.post("/api/v1/tickets", simpleTicket(), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(again.json().get("number")).isEqualTo(first.json().get("number"));

        Response otherBody = api.post("/api/v1/tickets", json("subject", "Different", "description", "x",
                "requesterId", customerId()), "Idempotency-Key", key);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.json().get("code").asString()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void createsOneTicketForParallelRequestsWithTheSameIdempotencyKey() throws Exception {
        String key = UUID.randomUUID().toString();
        var body = simpleTicket();
        List<Thread> threads = new ArrayList<>();
        List<Response> responses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            threads.add(Thread.ofVirtual().start(() -> responses.add(api.post("/api/v1/tickets", body, "Idempotency-Key", key))));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
        assertThat(responses.stream().map(r -> r.json().get("id").asString()).distinct()).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
    }

    @Test
    void setsAndValidatesCustomFieldsAgainstTheirDefinitions() {
        String key = "plan_" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        assertThat(api.post("/api/v1/custom-fields", json("key", key, "label", "Plan", "type", "dropdown",
                "options", List.of(json("key", "free", "label", "Free"), json("key", "pro", "label", "Pro")))).status())
                .isEqualTo(201);
        String seats = "seats_" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/custom-fields", json("key", seats, "label", "Seats", "type", "number"));

        String id = createTicket(simpleTicket()).json().get("id").asString();
        long v = patch(id, 1, json("customFields", json(key, "pro", seats, 12)));
        JsonNode ticket = read(id, v);
        assertThat(ticket.get("customFields").toString()).contains("pro").contains("12");

        Response wrongType = api.patch("/api/v1/tickets/" + id, json("customFields", json(seats, "twelve")));
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().get("code").asString()).isEqualTo("invalid-custom-field-value");
        Response badOption = api.patch("/api/v1/tickets/" + id, json("customFields", json(key, "platinum")));
        assertThat(badOption.json().get("code").asString()).isEqualTo("invalid-custom-field-value");
        Response unknown = api.patch("/api/v1/tickets/" + id, json("customFields", json("no_such_field", "x")));
        assertThat(unknown.json().get("code").asString()).isEqualTo("unknown-custom-field");
        assertThat(eventCount(id)).isEqualTo(v);
    }

    @Test
    void answersBadInputWithProblemDetailsAndWritesNothing() {
        long before = totalEvents();
        assertProblem(api.post("/api/v1/tickets", json("description", "no subject", "requesterId", customerId())),
                400, "validation-failed");
        assertProblem(api.postRaw("/api/v1/tickets", "{\"subject\": \"broken", "application/json"), 400, "malformed-request");
        Response unknownProperty = api.post("/api/v1/tickets", json("subject", "s", "description", "d",
                "requesterId", customerId(), "colour", "red"));
        assertProblem(unknownProperty, 400, "malformed-request");
        assertThat(unknownProperty.json().get("detail").asString()).isEqualTo("Unknown property 'colour'.");
        assertProblem(api.post("/api/v1/tickets", json("subject", "s", "description", "d", "requesterId", customerId(),
                "priority", "whenever")), 400, null);
        assertProblem(api.post("/api/v1/tickets", json("subject", "s", "description", "d", "requesterId", customerId(),
                "status", "no-such-status")), 422, "unknown-status");
        assertProblem(api.post("/api/v1/tickets", json("subject", "s", "description", "x".repeat(2_000_000),
                "requesterId", customerId())), 413, "payload-too-large");
        byte[] chunked = ("{\"subject\": \"s\", \"description\": \"" + "x".repeat(2_000_000) + "\"}").getBytes();
        assertProblem(api.send(api.request("/api/v1/tickets").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(chunked)))), 413, "payload-too-large");
        assertProblem(api.get("/api/v1/tickets/" + UUID.randomUUID()), 404, "ticket-not-found");
        Response wrongMethod = api.send(api.request("/api/v1/tickets").DELETE());
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertThat(wrongMethod.json().get("detail").asString()).contains("DELETE");
        assertProblem(api.patch("/api/v1/tickets/" + UUID.randomUUID(), json("priority", "low")), 404, null);
        assertThat(totalEvents()).as("only the customer registration above").isEqualTo(before + 1);
    }

    @Test
    void enforcesTheLifecycleRules() {
        String id = createTicket(simpleTicket()).json().get("id").asString();
        assertProblem(api.patch("/api/v1/tickets/" + id, json("status", "solved")), 422, "solved-ticket-needs-assignee");
        long v = patch(id, 1, json("status", "open"));
        assertProblem(api.patch("/api/v1/tickets/" + id, json("status", "new")), 422, "ticket-cannot-return-to-new");
        assertProblem(api.patch("/api/v1/tickets/" + id, json("status", "closed")), 422, "ticket-not-solved");
        v = patch(id, v, json("assigneeId", agentId, "status", "solved"));
        v = patch(id, v, json("status", "closed"));
        assertProblem(api.patch("/api/v1/tickets/" + id, json("priority", "low")), 409, "ticket-closed");

        Response followUp = api.post("/api/v1/tickets/" + id + "/messages", json("kind", "customer-message", "body", "It broke again"));
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(201);
        assertThat(followUp.json().get("followUp").asBoolean()).isTrue();
        String followUpId = followUp.json().get("ticketId").asString();
        assertThat(followUpId).isNotEqualTo(id);
        JsonNode next = read(followUpId, 1);
        assertThat(next.get("followUpOf").asString()).isEqualTo(id);
        assertThat(eventCount(id)).as("the closed ticket is immutable").isEqualTo(v);
    }

    @Test
    void snapshotsLongTicketsAndKeepsWorkingFromTheSnapshot() {
        String id = createTicket(simpleTicket()).json().get("id").asString();
        long v = 1;
        for (int i = 0; i < 25; i++) {
            v = patch(id, v, json("addTags", List.of("round-" + i)));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM events.snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(id).query(Long.class).single()).as("threshold is 20 in tests").isPositive();

        v = patch(id, v, json("priority", "urgent", "removeTags", List.of("round-0")));
        JsonNode ticket = read(id, v);
        assertThat(texts(ticket.get("tags"))).hasSize(24).doesNotContain("round-0");
        assertThat(api.get("/api/v1/tickets/" + id + "/events").json()).hasSize((int) v);
        assertProblem(api.patch("/api/v1/tickets/" + id, json("priority", "low"), "If-Match", "\"" + (v - 1) + "\""),
                409, "version-conflict");
    }

    /** Regression: Axon's Spring registrar dropped @Aggregate(filterEventsByType), so foreign ids gave a 500. */
    @Test
    void answersNotFoundForTheIdOfAnotherKindOfAggregate() {
        String ticketId = createTicket(simpleTicket()).json().get("id").asString();
        long before = totalEvents();
        assertProblem(api.patch("/api/v1/tickets/" + customerId(), json("priority", "low")), 404, "ticket-not-found");
        assertProblem(api.post("/api/v1/tickets/" + customerId() + "/messages", json("kind", "internal-note",
                "body", "x")), 404, "ticket-not-found");
        assertProblem(api.post("/api/v1/customers/" + ticketId + "/erasure", json()), 404, "customer-not-found");
        assertThat(totalEvents()).isEqualTo(before);
    }

    // ---- helpers

    private Response createTicket(Object body) {
        return api.post("/api/v1/tickets", body);
    }

    private java.util.Map<String, Object> simpleTicket() {
        return json("subject", "Cannot log in", "description", "Password reset mail never arrives.",
                "requesterId", customerId());
    }

    private String customerId;

    private String customerId() {
        if (customerId == null) {
            customerId = api.post("/api/v1/customers", json("name", "Bob Customer", "email", unique("bob") + "@example.com"))
                    .json().get("id").asString();
        }
        return customerId;
    }

    private long patch(String id, long version, Object body) {
        Response r = api.patch("/api/v1/tickets/" + id, body, "If-Match", "\"" + version + "\"");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("version").asLong();
    }

    private long message(String id, long version, String kind, String body, String authorId) {
        var json = json("kind", kind, "body", body);
        if (authorId != null) {
            json.put("authorId", authorId);
        }
        Response r = api.post("/api/v1/tickets/" + id + "/messages", json, "If-Match", "\"" + version + "\"");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("version").asLong();
    }

    private JsonNode read(String id, long minVersion) {
        Response r = api.get("/api/v1/tickets/" + id + "?minVersion=" + minVersion);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("version").asLong()).isGreaterThanOrEqualTo(minVersion);
        assertThat(r.header("ETag")).isEqualTo("\"" + r.json().get("version").asLong() + "\"");
        return r.json();
    }

    private long eventCount(String id) {
        return jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ?")
                .param(id).query(Long.class).single();
    }

    private long totalEvents() {
        return jdbc.sql("SELECT count(*) FROM events.domain_event_entry").query(Long.class).single();
    }

    private static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isNotBlank();
        assertThat(r.json().get("title").asString()).isNotBlank();
        if (code != null) {
            assertThat(r.json().get("code").asString()).isEqualTo(code);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> kinds(JsonNode messages) {
        List<String> out = new ArrayList<>();
        messages.forEach(n -> out.add(n.get("kind").asString()));
        return out;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
