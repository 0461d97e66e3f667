package io.autocrm.app.drills;

import static io.autocrm.app.drills.DrillApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.testsupport.TestPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Drills: many clients at once on the same tickets (conditional updates with If-Match) and on the same Idempotency-Key
 * (duplicate creates). Nothing is lost, nothing is applied twice, and what the read models show equals the fold of
 * the stored events.
 */
class ConcurrentClientsDrillTest {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentClientsDrillTest.class);
    private static final int CLIENTS = 16;
    private static final int TICKETS = 3;
    /** Updates each client makes to each ticket: 16 x 2 = 32 tags, under the 50 a ticket may hold. */
    private static final int UPDATES_PER_TICKET = 2;

    private static AppProcess app;
    private static DrillApi api;
    private static DrillDatabase db;

    @BeforeAll
    static void startApplication() {
        db = new DrillDatabase(TestPostgres.freshDatabase());
        app = AppProcess.start("concurrent-clients-drill", db.url());
        api = app.api();
    }

    @AfterAll
    static void stopApplication() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void appliesOrRefusesEveryConcurrentConditionalUpdateAndLosesNone() throws Exception {
        List<String> tickets = createTickets();
        ConditionalUpdates updates = new ConditionalUpdates(api);
        runTogether(CLIENTS, client -> {
            for (int round = 0; round < UPDATES_PER_TICKET; round++) {
                for (int k = 0; k < TICKETS; k++) {
                    updates.addTag(tickets.get((client + k) % TICKETS), "c" + client + "-r" + round);
                }
            }
            return null;
        });

        assertThat(updates.unexpected()).as("answers other than 200 and 409 version-conflict").isEmpty();
        Instant afterwards = Instant.now();
        for (String ticket : tickets) {
            assertStoredAndShownAsApplied(ticket, updates, afterwards);
        }
        log.info("If-Match drill: {} clients x {} tickets x {} updates; PATCH answers by status {}; applied per "
                + "ticket {}", CLIENTS, TICKETS, UPDATES_PER_TICKET, updates.statuses(),
                tickets.stream().map(t -> updates.tagsApplied(t).size()).toList());
    }

    private static List<String> createTickets() {
        String customer = api.created("/api/v1/customers", json("name", "Race",
                "email", WriteLoad.unique() + "@example.com"));
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            String ticket = api.created("/api/v1/tickets", json("subject", "Race " + i, "description", "Raced",
                    "requesterId", customer));
            assertThat(api.get("/api/v1/tickets/" + ticket + "?minVersion=1").status()).isEqualTo(200);
            tickets.add(ticket);
        }
        return tickets;
    }

    /**
     * One event per applied update and none for a refused one; versions 2..n+1 answered once each; the read model shows
     * exactly the applied tags and equals the ticket folded from its events.
     */
    private static void assertStoredAndShownAsApplied(String ticket, ConditionalUpdates updates, Instant afterwards) {
        Set<String> tags = updates.tagsApplied(ticket);
        int applied = tags.size();
        assertThat(db.count(ticket, "TicketTaggedEvent")).as("tag events of %s", ticket).isEqualTo(applied);
        assertThat(db.eventTypes(ticket)).as("events of %s", ticket).hasSize(1 + applied);
        assertThat(updates.versionsAnswered(ticket)).as("versions the applied updates answered on %s", ticket)
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(2, 1 + applied).boxed().toList());

        JsonNode detail = api.get("/api/v1/tickets/" + ticket + "?minVersion=" + (1 + applied)).json();
        assertThat(detail.get("version").asLong()).as("version of %s", ticket).isEqualTo(1 + applied);
        assertThat(AcknowledgedWrites.texts(detail.get("tags"))).as("tags of %s", ticket).isEqualTo(tags);
        JsonNode folded = api.get("/api/v1/tickets/" + ticket + "?asOf=" + afterwards).json();
        assertThat(detail).as("read model of %s against the fold of its events", ticket).isEqualTo(folded);
    }

    @Test
    void createsOneTicketForParallelDuplicatesOfOneIdempotencyKey() throws Exception {
        String key = WriteLoad.unique();
        String email = WriteLoad.unique() + "@example.com";
        Map<String, Object> body = json("subject", "Printer on fire", "description", "Smoking",
                "requester", json("name", "Ann Example", "email", email), "tags", List.of("hardware"));

        List<DrillApi.Reply> replies = runTogether(CLIENTS,
                client -> api.post("/api/v1/tickets", body, "Idempotency-Key", key));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
        assertThat(replies.stream().filter(r -> r.status() == 201)).as("answers that created").hasSize(1);
        List<String> ids = replies.stream().map(r -> r.json().get("id").asString()).distinct().toList();
        assertThat(ids).as("ticket ids answered").hasSize(1);
        String ticket = ids.getFirst();
        assertThat(db.eventTypes(ticket)).as("events of the ticket").hasSize(1)
                .first().asString().endsWith(".TicketCreatedEvent");
        assertThat(db.scalar("SELECT count(*) FROM events.domain_event_entry WHERE payload_type LIKE ? "
                + "AND position(? IN convert_from(payload, 'UTF8')) > 0", "%.TicketCreatedEvent", ticket))
                .as("TicketCreatedEvents naming the ticket").isEqualTo(1);
        assertThat(db.scalar("SELECT count(*) FROM pii.customer WHERE lower(email) = lower(?)", email))
                .as("customers registered for the new requester").isEqualTo(1);

        Map<String, Object> otherBody = json("subject", "Something else", "description", "Other",
                "requester", json("name", "Ann Example", "email", email));
        List<DrillApi.Reply> reused = runTogether(CLIENTS / 2,
                client -> api.post("/api/v1/tickets", otherBody, "Idempotency-Key", key));
        assertThat(reused).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.code()).isEqualTo("idempotency-key-reused");
        });
        assertThat(db.eventTypes(ticket)).as("events of the ticket after the reuses").hasSize(1);
        log.info("Idempotency drill: {} parallel duplicates answered {} with one ticket; {} reuses with another body "
                + "answered 422", CLIENTS, replies.stream().map(DrillApi.Reply::status).sorted().toList(),
                reused.size());
    }

    /** A client's work, numbered from 0. */
    @FunctionalInterface
    private interface Client<T> {
        T run(int client) throws Exception;
    }

    /** Runs the clients on their own threads, released at the same instant; answers their results in client order. */
    private static <T> List<T> runTogether(int clients, Client<T> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                Callable<T> task = () -> {
                    start.await();
                    return work.run(client);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
