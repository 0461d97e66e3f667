package io.autocrm.app.drills;

import static io.autocrm.app.drills.DrillApi.json;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client threads writing as integrators do: each creates a ticket (with an Idempotency-Key), tags it with If-Match,
 * adds an internal note, raises its priority with If-Match and replies, then starts on a new ticket, and moves on to a
 * new ticket after any failure. Optionally one more thread reads the queue. Every answer is recorded: acknowledged
 * writes in the {@link Ledger}, everything else as an {@link Outcome}.
 */
final class WriteLoad implements AutoCloseable {

    /** Status recorded for a request that got no HTTP answer at all. */
    static final int NO_ANSWER = -1;

    private final DrillApi api;
    private final String agentId;
    private final String customerId;
    private final Ledger ledger = new Ledger();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /** One request's answer: when it ended, what it was, its status (or NO_ANSWER) and the reply. */
    record Outcome(long endedNanos, String request, int status, DrillApi.Reply reply) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private WriteLoad(DrillApi api, String agentId, String customerId) {
        this.api = api;
        this.agentId = agentId;
        this.customerId = customerId;
    }

    /** Registers an agent and a customer to write with, then starts the writers (and a queue reader if asked). */
    static WriteLoad start(DrillApi api, int writers, boolean withReader) {
        String agent = api.created("/api/v1/agents", json("name", "Drill Agent", "email", unique() + "@example.com"));
        String customer = api.created("/api/v1/customers", json("name", "Drill Customer",
                "email", unique() + "@example.com"));
        WriteLoad load = new WriteLoad(api, agent, customer);
        for (int i = 0; i < writers; i++) {
            int worker = i;
            load.threads.add(Thread.ofPlatform().name("drill-writer-" + i).start(() -> load.write(worker)));
        }
        if (withReader) {
            load.threads.add(Thread.ofPlatform().name("drill-reader").start(load::read));
        }
        return load;
    }

    Ledger ledger() {
        return ledger;
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Waits (bounded) until at least this many more writes than now have been acknowledged. */
    void awaitMoreAcknowledged(int count, Duration atMost) {
        int target = ledger.acknowledged() + count;
        await("%d acknowledged writes".formatted(target)).atMost(atMost).pollInterval(Duration.ofMillis(50))
                .until(() -> ledger.acknowledged() >= target);
    }

    /** Failed answers by status ({@value #NO_ANSWER}: no HTTP answer). */
    Map<Integer, Long> failuresByStatus() {
        Map<Integer, Long> failures = new TreeMap<>();
        outcomes.stream().filter(o -> !o.ok()).forEach(o -> failures.merge(o.status(), 1L, Long::sum));
        return failures;
    }

    /** Stops the clients and waits for their last requests to end. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(60));
        }
    }

    private void write(int worker) {
        while (running) {
            writeOneTicket(worker);
        }
    }

    /** One ticket's writes, stopping at the first one not acknowledged. */
    private void writeOneTicket(int worker) {
        int n = sequence.incrementAndGet();
        Map<String, Object> ticket = n % 4 == 0
                ? json("subject", "Drill " + n, "description", "Load " + n,
                        "requester", json("name", "New " + n, "email", unique() + "@example.com"))
                : json("subject", "Drill " + n, "description", "Load " + n, "requesterId", customerId);
        DrillApi.Reply created = record("create", api.trySend("POST", "/api/v1/tickets", ticket,
                "Idempotency-Key", unique()));
        if (created == null) {
            return;
        }
        String id = created.json().get("id").asString();
        ledger.created(id, created.json().get("version").asLong());
        String tag = "w" + worker + "-" + n;
        DrillApi.Reply tagged = record("patch", api.trySend("PATCH", "/api/v1/tickets/" + id,
                json("addTags", List.of(tag)), "If-Match", etag(ledger, id)));
        if (tagged == null) {
            return;
        }
        ledger.tagged(id, tag, tagged.json().get("version").asLong());
        if (!message(id, "internal-note")) {
            return;
        }
        DrillApi.Reply raised = record("patch", api.trySend("PATCH", "/api/v1/tickets/" + id,
                json("priority", "high"), "If-Match", etag(ledger, id)));
        if (raised == null) {
            return;
        }
        ledger.prioritised(id, "high", raised.json().get("version").asLong());
        message(id, "public-reply");
    }

    private boolean message(String id, String kind) {
        DrillApi.Reply added = record("message", api.trySend("POST", "/api/v1/tickets/" + id + "/messages",
                json("kind", kind, "body", kind + " on " + id, "authorId", agentId)));
        if (added == null) {
            return false;
        }
        ledger.messaged(id, added.json().get("messageId").asString(), added.json().get("version").asLong());
        return true;
    }

    private void read() {
        while (running) {
            record("read", api.trySend("GET", "/api/v1/tickets?limit=5", null));
        }
    }

    /** Records the answer; returns it only when it acknowledged the request. */
    private DrillApi.Reply record(String request, DrillApi.Reply reply) {
        int status = reply == null ? NO_ANSWER : reply.status();
        Outcome outcome = new Outcome(System.nanoTime(), request, status, reply);
        outcomes.add(outcome);
        if (!outcome.ok()) {
            pause();
        }
        return outcome.ok() ? reply : null;
    }

    /** After a failure, a client waits a little before its next request, as a polite integrator would. */
    private void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String etag(Ledger ledger, String id) {
        return "\"" + ledger.version(id) + "\"";
    }

    static String unique() {
        return UUID.randomUUID().toString();
    }
}
