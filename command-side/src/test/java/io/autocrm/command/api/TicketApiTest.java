package io.autocrm.command.api;

import static io.autocrm.command.api.ApiClient.patchJson;
import static io.autocrm.command.api.ApiClient.postJson;
import static io.autocrm.command.api.ApiClient.read;
import static io.autocrm.command.api.ApiClient.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The ticket endpoints over HTTP (MockMvc) on the assembled command side, with PostgreSQL and Axon. */
@SpringJUnitWebConfig(CommandSideTestApplication.class)
class TicketApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(MockMvcBuilders.webAppContextSetup(context).build());
    }

    @Test
    void createsTicketForANewRequesterWithMetadataAndNoPersonalDataInEvents() {
        String email = uniqueEmail("ada");
        MvcResult created = api.perform(postJson("/api/v1/tickets", """
                {"subject": "Printer on fire", "description": "Call me on 555-0100",
                 "requester": {"name": "Ada Lovelace", "email": "%s"}, "channel": "email",
                 "priority": "high", "tags": [" VIP "]}""".formatted(email))
                .header("X-AutoCRM-Channel", "web").header("X-Correlation-Id", "corr-123"));

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String id = read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/tickets/" + id);
        assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat((Integer) read(created, "$.version")).isEqualTo(1);
        assertThat(((Number) read(created, "$.number")).longValue()).isGreaterThanOrEqualTo(1001L);

        Map<String, Object> event = jdbc.sql("""
                SELECT payload_type, convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta
                FROM events.domain_event_entry WHERE aggregate_identifier = ?""").param(id).query().singleRow();
        assertThat(event.get("payload_type")).isEqualTo("io.autocrm.events.ticket.TicketCreatedEvent");
        assertThat((String) event.get("payload")).contains("\"email\"", "\"high\"", "\"vip\"")
                .doesNotContain("Printer", "555-0100", "Ada", email);
        assertThat((String) event.get("meta")).contains("\"actorType\":\"user\"", "\"actorId\":\"0000000a-0000-0000-0000-000000000001\"", "\"actorRole\":\"admin\"",
                "\"channel\":\"web\"", "\"correlationId\":\"corr-123\"");
        UUID requester = jdbc.sql("SELECT id FROM pii.customer WHERE email = ?").param(email)
                .query(UUID.class).single();
        assertThat(jdbc.sql("SELECT payload_type FROM events.domain_event_entry WHERE aggregate_identifier = ?")
                .param(requester.toString()).query(String.class).single())
                .isEqualTo("io.autocrm.events.customer.CustomerRegisteredEvent");
        assertThat(jdbc.sql("SELECT kind FROM pii.ticket_content WHERE ticket_id = ? AND subject_id = ? ORDER BY kind")
                .params(UUID.fromString(id), requester).query(String.class).list())
                .containsExactly("message", "subject");
    }

    @Test
    void findsTheExistingRequesterByEmailIgnoringCase() {
        String email = uniqueEmail("bob");
        String first = read(api.perform(postJson("/api/v1/tickets", ticketFor(email))), "$.id");
        String second = read(api.perform(postJson("/api/v1/tickets", ticketFor(email.toUpperCase()))), "$.id");
        assertThat(jdbc.sql("SELECT count(DISTINCT subject_id) FROM pii.ticket_content WHERE ticket_id IN (?, ?)")
                .params(UUID.fromString(first), UUID.fromString(second)).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void takesTheTicketChannelFromTheHeaderWhenTheBodyNamesNone() {
        MvcResult created = api.perform(postJson("/api/v1/tickets", ticketFor(uniqueEmail("chat")))
                .header("X-AutoCRM-Channel", "chat"));
        assertThat(jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM events.domain_event_entry "
                + "WHERE aggregate_identifier = ?").param((String) read(created, "$.id")).query(String.class).single())
                .contains("\"channel\":\"chat\"");
        assertStatus(postJson("/api/v1/tickets", ticketFor(uniqueEmail("x"))).header("X-AutoCRM-Channel", "fax"), 400);
    }

    @Test
    void refusesBadInputAndWritesNothing() {
        long before = ticketsCreated();
        String customer = api.customer();
        assertStatus(postJson("/api/v1/tickets", "{\"subject\": \"s\"}"), 400);
        assertStatus(postJson("/api/v1/tickets", "{\"subject\": \"s\", \"description\": \"d\"}"), 400);
        assertStatus(postJson("/api/v1/tickets", "{\"subject\": \"s\", \"description\": \"d\", \"requesterId\": \""
                + customer + "\", \"colour\": \"red\"}"), 400);
        assertStatus(postJson("/api/v1/tickets", "{\"subject\": \"s\", \"description\": \"d\", \"requesterId\": \""
                + customer + "\", \"status\": \"nope\"}"), 422);
        assertStatus(postJson("/api/v1/tickets", "{\"subject\": \"s\", \"description\": \"d\", \"requesterId\": \""
                + customer + "\", \"customFields\": {\"nope\": 1}}"), 422);
        MvcResult unknownRequester = api.perform(postJson("/api/v1/tickets", "{\"subject\": \"s\", \"description\": "
                + "\"d\", \"requesterId\": \"" + UUID.randomUUID() + "\"}"));
        assertThat(unknownRequester.getResponse().getStatus()).isEqualTo(422);
        assertThat((String) read(unknownRequester, "$.code")).isEqualTo("unknown-customer");
        assertStatus(postJson("/api/v1/tickets", "{\"subject\": \"" + "x".repeat(251)
                + "\", \"description\": \"d\", \"requesterId\": \"" + customer + "\"}"), 400);
        assertStatus(postJson("/api/v1/tickets", "{\"subject\": "), 400);
        assertThat(ticketsCreated()).isEqualTo(before);
    }

    @Test
    void takesNoTicketNumberForATicketItRefuses() {
        String customer = api.customer();
        long first = ((Number) read(api.perform(postJson("/api/v1/tickets", ticketOf(customer, "open"))),
                "$.number")).longValue();
        assertStatus(postJson("/api/v1/tickets", ticketOf(customer, "no-such-status")), 422);
        assertStatus(postJson("/api/v1/tickets", ticketOf(UUID.randomUUID().toString(), "open")), 422);
        long second = ((Number) read(api.perform(postJson("/api/v1/tickets", ticketOf(customer, "open"))),
                "$.number")).longValue();
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void namesARequesterWithoutNameAfterTheLocalPartOfEvenALongEmail() {
        String local = "x".repeat(64);
        String email = local + "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(30) + "."
                + UUID.randomUUID().toString().replace("-", "") + ".example.com";
        assertThat(email.length()).isGreaterThan(200);
        assertStatus(postJson("/api/v1/tickets", """
                {"subject": "s", "description": "d", "requester": {"email": "%s"}}""".formatted(email)), 201);
        assertThat(jdbc.sql("SELECT name FROM pii.customer WHERE email = ?").param(email).query(String.class)
                .single()).isEqualTo(local);
    }

    @Test
    void answersNotFoundForTheIdOfAnotherKindOfAggregateAndWritesNothing() {
        String customer = api.customer();
        String ticket = api.ticket();
        long events = totalEvents();
        long texts = jdbc.sql("SELECT count(*) FROM pii.ticket_content").query(Long.class).single();

        MvcResult update = api.perform(patchJson("/api/v1/tickets/" + customer, "{\"priority\": \"high\"}"));
        assertThat(update.getResponse().getStatus()).as(() -> contentOf(update)).isEqualTo(404);
        assertThat((String) read(update, "$.code")).isEqualTo("ticket-not-found");
        MvcResult message = api.perform(postJson("/api/v1/tickets/" + customer + "/messages",
                "{\"kind\": \"customer-message\", \"body\": \"Hello\"}"));
        assertThat(message.getResponse().getStatus()).as(() -> contentOf(message)).isEqualTo(404);
        assertThat((String) read(message, "$.code")).isEqualTo("ticket-not-found");
        MvcResult erasure = api.perform(post("/api/v1/customers/" + ticket + "/erasure"));
        assertThat(erasure.getResponse().getStatus()).as(() -> contentOf(erasure)).isEqualTo(404);
        assertThat((String) read(erasure, "$.code")).isEqualTo("customer-not-found");

        assertThat(totalEvents()).isEqualTo(events);
        assertThat(jdbc.sql("SELECT count(*) FROM pii.ticket_content").query(Long.class).single()).isEqualTo(texts);
    }

    @Test
    void registersNoCustomerForATicketItRefuses() {
        String email = uniqueEmail("nobody");
        assertStatus(postJson("/api/v1/tickets", """
                {"subject": "s", "description": "d", "status": "no-such-status",
                 "requester": {"name": "Nobody", "email": "%s"}}""".formatted(email)), 422);
        assertThat(jdbc.sql("SELECT count(*) FROM pii.customer WHERE email = ?").param(email).query(Long.class)
                .single()).isZero();
    }

    @Test
    void replaysAnIdempotentCreateAndRefusesTheKeyForAnotherRequest() {
        String key = "key-" + UUID.randomUUID();
        String body = ticketFor(uniqueEmail("carol"));
        MvcResult first = api.perform(postJson("/api/v1/tickets", body).header("Idempotency-Key", key));
        MvcResult retry = api.perform(postJson("/api/v1/tickets", body).header("Idempotency-Key", key));

        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(retry.getResponse().getStatus()).isEqualTo(200);
        assertThat(retry.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat((String) read(retry, "$.id")).isEqualTo(read(first, "$.id"));
        assertThat((Object) read(retry, "$.number")).isEqualTo(read(first, "$.number"));
        assertThat(retry.getResponse().getHeader("ETag")).isEqualTo("\"1\"");

        MvcResult reused = api.perform(postJson("/api/v1/tickets", ticketFor(uniqueEmail("dan")))
                .header("Idempotency-Key", key));
        assertThat(reused.getResponse().getStatus()).isEqualTo(422);
        assertThat((String) read(reused, "$.code")).isEqualTo("idempotency-key-reused");
    }

    @Test
    void releasesTheKeyOfARequestThatCreatedNothing() {
        String key = "key-" + UUID.randomUUID();
        String bad = "{\"subject\": \"s\", \"description\": \"d\", \"requesterId\": \"" + api.customer()
                + "\", \"status\": \"nope\"}";
        assertStatus(postJson("/api/v1/tickets", bad).header("Idempotency-Key", key), 422);
        assertStatus(postJson("/api/v1/tickets", ticketFor(uniqueEmail("erin"))).header("Idempotency-Key", key), 201);
    }

    @Test
    void createsExactlyOneTicketForParallelIdenticalRequests() throws Exception {
        String key = "key-" + UUID.randomUUID();
        String body = ticketFor(uniqueEmail("frank"));
        int parallel = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<MvcResult>> calls = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            calls.add(() -> {
                start.await();
                return api.perform(postJson("/api/v1/tickets", body).header("Idempotency-Key", key));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<MvcResult>> futures = new ArrayList<>();
            calls.forEach(call -> futures.add(pool.submit(call)));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<MvcResult> future : futures) {
                MvcResult result = future.get();
                statuses.add(result.getResponse().getStatus());
                ids.add(read(result, "$.id"));
            }
            assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
            assertThat(ids).containsOnly(ids.getFirst());
            assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ?")
                    .param(ids.getFirst()).query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql("SELECT count(*) FROM pii.ticket_content WHERE ticket_id = ?")
                    .param(UUID.fromString(ids.getFirst())).query(Long.class).single()).isEqualTo(2L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void updatesOnlyWhatThePatchNamesAndTellsAbsentFromNull() {
        String id = api.ticket();
        String agent = api.agent();
        MvcResult assigned = api.perform(patchJson("/api/v1/tickets/" + id,
                "{\"assigneeId\": \"" + agent + "\", \"status\": \"solved\"}").header("If-Match", "\"1\""));
        assertThat(assigned.getResponse().getStatus()).isEqualTo(200);
        assertThat((Integer) read(assigned, "$.version")).isEqualTo(3);
        assertThat(assigned.getResponse().getHeader("ETag")).isEqualTo("\"3\"");

        MvcResult priority = api.perform(patchJson("/api/v1/tickets/" + id, "{\"priority\": \"urgent\"}"));
        assertThat((Integer) read(priority, "$.version")).isEqualTo(4);

        MvcResult unassign = api.perform(patchJson("/api/v1/tickets/" + id, "{\"assigneeId\": null}"));
        assertThat(unassign.getResponse().getStatus()).isEqualTo(422);
        assertThat((String) read(unassign, "$.code")).isEqualTo("solved-ticket-needs-assignee");

        MvcResult reopen = api.perform(patchJson("/api/v1/tickets/" + id,
                "{\"assigneeId\": null, \"status\": \"open\", \"tags\": [\"a\", \"b\"], \"removeTags\": [\"b\"]}"));
        assertThat((Integer) read(reopen, "$.version")).isEqualTo(7);
        assertThat(payloadTypes(id)).containsExactly("TicketCreatedEvent", "TicketAssignedEvent",
                "TicketStatusChangedEvent", "TicketPriorityChangedEvent", "TicketUnassignedEvent",
                "TicketTaggedEvent", "TicketStatusChangedEvent");
    }

    @Test
    void refusesStaleAndMalformedVersionsAndUnknownTickets() {
        String id = api.ticket();
        assertStatus(patchJson("/api/v1/tickets/" + id, "{\"priority\": \"low\"}").header("If-Match", "\"1\""), 200);
        MvcResult stale = api.perform(patchJson("/api/v1/tickets/" + id, "{\"priority\": \"high\"}")
                .header("If-Match", "\"1\""));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(stale, "$.code")).isEqualTo("version-conflict");
        assertStatus(patchJson("/api/v1/tickets/" + id, "{\"priority\": \"high\"}").header("If-Match", "2"), 400);
        assertStatus(patchJson("/api/v1/tickets/" + id, "{\"priority\": \"extreme\"}"), 400);
        assertStatus(patchJson("/api/v1/tickets/" + id, "{\"prio\": \"high\"}"), 400);
        MvcResult unknown = api.perform(patchJson("/api/v1/tickets/" + UUID.randomUUID(), "{\"priority\": \"high\"}"));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat((String) read(unknown, "$.code")).isEqualTo("ticket-not-found");
        assertStatus(patchJson("/api/v1/tickets/not-a-uuid", "{\"priority\": \"high\"}"), 404);
        assertThat(payloadTypes(id)).hasSize(2);
    }

    @Test
    void setsCustomFieldsFromJsonValuesAndClearsThemWithNull() {
        assertStatus(postJson("/api/v1/custom-fields", "{\"key\": \"seats\", \"label\": \"Seats\", \"type\": \"number\"}"), 201);
        assertStatus(postJson("/api/v1/custom-fields", """
                {"key": "regions", "label": "Regions", "type": "multi-select",
                 "options": [{"key": "eu", "label": "EU"}, {"key": "us", "label": "US"}]}"""), 201);
        String id = api.ticket();
        assertStatus(patchJson("/api/v1/tickets/" + id, "{\"customFields\": {\"seats\": 12, \"regions\": [\"us\", \"eu\"]}}"), 200);
        assertStatus(patchJson("/api/v1/tickets/" + id, "{\"customFields\": {\"seats\": 12.5}}"), 422);
        assertStatus(patchJson("/api/v1/tickets/" + id, "{\"customFields\": {\"seats\": null}}"), 200);
        assertThat(jdbc.sql("""
                SELECT convert_from(payload, 'UTF8') FROM events.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%CustomFieldChanged%' ORDER BY sequence_number""")
                .param(id).query(String.class).list())
                .satisfiesExactly(
                        seats -> assertThat(seats).contains("\"seats\"", "\"values\":[\"12\"]"),
                        regions -> assertThat(regions).contains("\"values\":[\"eu\",\"us\"]"),
                        cleared -> assertThat(cleared).contains("\"previousValues\":[\"12\"]", "\"values\":[]"));
    }

    @Test
    void addsMessagesAndOpensAFollowUpForACustomerMessageOnAClosedTicket() {
        String id = api.ticket();
        String agent = api.agent();
        MvcResult reply = api.perform(postJson("/api/v1/tickets/" + id + "/messages",
                "{\"kind\": \"public-reply\", \"body\": \"On it\"}"));
        assertThat(reply.getResponse().getStatus()).isEqualTo(201);
        assertThat((String) read(reply, "$.ticketId")).isEqualTo(id);
        assertThat((Integer) read(reply, "$.version")).isEqualTo(3);
        assertThat((Boolean) read(reply, "$.followUp")).isFalse();
        assertStatus(postJson("/api/v1/tickets/" + id + "/messages",
                "{\"kind\": \"internal-note\", \"body\": \"x\", \"authorId\": \"" + UUID.randomUUID() + "\"}"), 403);
        assertStatus(postJson("/api/v1/tickets/" + id + "/messages", "{\"kind\": \"shout\", \"body\": \"x\"}"), 400);
        assertStatus(patchJson("/api/v1/tickets/" + id, "{\"assigneeId\": \"" + agent + "\", \"status\": \"solved\"}"), 200);
        assertStatus(patchJson("/api/v1/tickets/" + id, "{\"status\": \"closed\"}"), 200);
        assertStatus(postJson("/api/v1/tickets/" + id + "/messages", "{\"kind\": \"internal-note\", \"body\": \"x\"}"), 409);

        MvcResult followUp = api.perform(postJson("/api/v1/tickets/" + id + "/messages",
                "{\"kind\": \"customer-message\", \"body\": \"Burning again\"}").header("If-Match", "\"6\""));
        assertThat(followUp.getResponse().getStatus()).isEqualTo(201);
        assertThat((Boolean) read(followUp, "$.followUp")).isTrue();
        String followUpId = read(followUp, "$.ticketId");
        assertThat(followUpId).isNotEqualTo(id);
        assertThat((Integer) read(followUp, "$.version")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM events.domain_event_entry "
                + "WHERE aggregate_identifier = ?").param(followUpId).query(String.class).single())
                .contains("\"followUpOf\":\"" + id + "\"", "\"status\":{\"key\":\"open\"");
        assertThat(jdbc.sql("SELECT body FROM pii.ticket_content WHERE ticket_id = ? ORDER BY kind")
                .param(UUID.fromString(followUpId)).query(String.class).list())
                .containsExactly("Burning again", "Printer on fire");
        assertThat(payloadTypes(id)).hasSize(6);
    }

    @Test
    void keepsWorkingFromSnapshotsOfLongTickets() {
        String id = api.ticket();
        String agent = api.agent();
        for (String priority : List.of("low", "high", "low", "high", "urgent")) {
            assertStatus(patchJson("/api/v1/tickets/" + id, "{\"priority\": \"" + priority + "\"}"), 200);
        }
        assertStatus(patchJson("/api/v1/tickets/" + id, "{\"assigneeId\": \"" + agent + "\", \"tags\": [\"t1\"]}"), 200);
        assertThat(jdbc.sql("SELECT count(*) FROM events.snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(id).query(Long.class).single()).isPositive();
        MvcResult solved = api.perform(patchJson("/api/v1/tickets/" + id,
                "{\"status\": \"solved\", \"priority\": \"urgent\", \"tags\": [\"t1\"]}").header("If-Match", "\"9\""));
        assertThat(solved.getResponse().getStatus()).isEqualTo(200);
        assertThat((Integer) read(solved, "$.version")).isEqualTo(10);
    }

    private static String ticketOf(String requesterId, String status) {
        return """
                {"subject": "s", "description": "d", "requesterId": "%s", "status": "%s"}"""
                .formatted(requesterId, status);
    }

    private long totalEvents() {
        return jdbc.sql("SELECT count(*) FROM events.domain_event_entry").query(Long.class).single();
    }

    private String ticketFor(String email) {
        return """
                {"subject": "Invoice wrong", "description": "Total is off",
                 "requester": {"name": "Someone", "email": "%s"}}""".formatted(email);
    }

    private void assertStatus(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                              int status) {
        MvcResult result = api.perform(request);
        assertThat(result.getResponse().getStatus())
                .as(() -> contentOf(result))
                .isEqualTo(status);
    }

    private static String contentOf(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private long ticketsCreated() {
        return jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE payload_type LIKE '%TicketCreatedEvent'")
                .query(Long.class).single();
    }

    private List<String> payloadTypes(String id) {
        return jdbc.sql("SELECT payload_type FROM events.domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number").param(id).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }
}
