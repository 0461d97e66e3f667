package io.autocrm.app.readmodel;

import io.autocrm.query.operations.DeferredIndexes;
import io.autocrm.query.operations.ProcessorProgress;
import io.autocrm.query.operations.ReadModelRebuild;
import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dropping the read-model schema and replaying every event gives exactly the rows the live projections wrote, with
 * every index the migrations define (deferred during the replay), then vacuums and analyzes them.
 */
@AppTest
class ReadModelRebuildTest {

    private static final List<String> PROCESS_MANAGERS = List.of("routing", "sla-policies", "automation", "assignment");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    DeferredIndexes deferredIndexes;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void replayingAllEventsReproducesTheLiveReadModels() {
        Api api = new Api(port);
        String agent = api.post("/api/v1/agents", json("name", "Rebuild Agent", "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        for (int i = 0; i < 12; i++) {
            String customer = api.post("/api/v1/customers", json("name", "Customer " + i,
                    "email", UUID.randomUUID() + "@example.com")).json().get("id").asString();
            String id = api.post("/api/v1/tickets", json("subject", "Ticket " + i, "description", "Body " + i,
                    "requesterId", customer, "tags", List.of("t" + (i % 3)))).json().get("id").asString();
            api.post("/api/v1/tickets/" + id + "/messages", json("kind", "public-reply", "body", "Reply " + i, "authorId", agent));
            api.patch("/api/v1/tickets/" + id, json("assigneeId", agent, "status", i % 2 == 0 ? "solved" : "pending",
                    "priority", i % 4 == 0 ? "urgent" : "low"));
            if (i % 3 == 0) {
                api.post("/api/v1/tickets/" + id + "/messages", json("kind", "customer-message", "body", "Again " + i));
            }
        }
        mergeUndoAndSplit(api);
        awaitUpToDate();
        Map<String, List<String>> live = dumpReadModels();
        assertThat(live.get("read_model.ticket_link")).hasSize(4);
        assertThat(live.get("read_model.ticket_message_link")).hasSize(2);
        List<String> indexes = indexDefinitions();
        assertThat(live.get("read_model.ticket")).hasSizeGreaterThanOrEqualTo(12);

        Map<String, Long> processManagers = processManagerPositions();

        Api.Response accepted = api.post("/api/v1/admin/read-models/rebuild", json());
        assertThat(accepted.status()).isEqualTo(202);
        awaitUpToDate();

        assertThat(dumpReadModels()).isEqualTo(live);
        assertThat(rebuild.progress()).extracting(ProcessorProgress::name).contains("tickets", "ticket-audit")
                .as("the process managers are no read models").doesNotContainAnyElementsOf(PROCESS_MANAGERS);
        assertThat(api.get("/api/v1/admin/process-managers").json().valueStream().map(p -> p.get("name").asString()))
                .as("the process managers, reported apart").containsExactlyElementsOf(
                        PROCESS_MANAGERS.stream().sorted().toList());
        assertThat(processManagerPositions()).as("the process managers ran on from where they were, never replaying")
                .allSatisfy((name, position) -> assertThat(position).isGreaterThanOrEqualTo(processManagers.get(name)));
        awaitIndexes(indexes);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(jdbc.sql("""
                        SELECT count(*) FROM pg_stat_user_tables
                        WHERE schemaname = 'read_model' AND relname IN ('ticket', 'ticket_message', 'ticket_audit')
                          AND last_vacuum IS NOT NULL AND last_analyze IS NOT NULL""").query(Long.class).single())
                        .as("the rebuilt tables are vacuumed and analyzed once the replay has caught up").isEqualTo(3));
    }

    /** A rebuilding node that stopped before the end left its indexes deferred: the next start creates them. */
    @Test
    void createsIndexesAnUnfinishedRebuildLeftDeferred() {
        awaitUpToDate();
        List<String> indexes = indexDefinitions();

        assertThat(deferredIndexes.defer()).isEqualTo(14);
        assertThat(deferredIndexes.pending()).isTrue();
        assertThat(indexDefinitions()).hasSize(indexes.size() - 14)
                .noneMatch(definition -> definition.contains("ticket_updated"));

        rebuild.finishAnInterruptedRebuild();

        awaitIndexes(indexes);
    }

    @Test
    void refusesToRebuildWhileAnotherNodeClaimsSegments() {
        Api api = new Api(port);
        awaitUpToDate();
        jdbc.sql("""
                INSERT INTO read_model.token_entry (processor_name, segment, owner, timestamp)
                VALUES ('tickets-on-node-b', 0, '4242@node-b', '2026-11-21T00:00:00Z')""").update();
        try {
            Map<String, List<String>> before = dumpReadModels();
            Api.Response refused = api.post("/api/v1/admin/read-models/rebuild", json());
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("read-models-in-use");
            assertThat(dumpReadModels()).isEqualTo(before);
            assertThat(rebuild.progress()).isNotEmpty().allMatch(ProcessorProgress::running);
        } finally {
            jdbc.sql("DELETE FROM read_model.token_entry WHERE processor_name = 'tickets-on-node-b'").update();
        }
    }

    /** Each process manager's lowest segment position; each runs throughout. */
    private Map<String, Long> processManagerPositions() {
        Map<String, Long> positions = new LinkedHashMap<>();
        for (String name : PROCESS_MANAGERS) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow();
            assertThat(processor.isRunning()).as(name + " runs").isTrue();
            positions.put(name, processor.processingStatus().values().stream()
                    .mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1));
        }
        return positions;
    }

    private void awaitUpToDate() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(rebuild.progress()).isNotEmpty().allMatch(ProcessorProgress::upToDate));
    }

    private void awaitIndexes(List<String> expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(indexDefinitions()).as("every index of the migrations").isEqualTo(expected);
            assertThat(deferredIndexes.pending()).isFalse();
        });
    }

    private List<String> indexDefinitions() {
        return jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = 'read_model' ORDER BY indexname")
                .query(String.class).list();
    }

    /** Three requests of one customer: one merged and undone, one merged for good; a message split off the survivor. */
    private static void mergeUndoAndSplit(Api api) {
        String customer = api.post("/api/v1/customers", json("name", "Twice", "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(api.post("/api/v1/tickets", json("subject", "Same " + i, "description", "Again " + i,
                    "requesterId", customer)).json().get("id").asString());
        }
        assertThat(api.post("/api/v1/tickets/" + ids.get(0) + "/merge", json("mergedTicketId", ids.get(1))).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/tickets/" + ids.get(1) + "/unmerge", json()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/tickets/" + ids.get(0) + "/merge", json("mergedTicketId", ids.get(2))).status())
                .isEqualTo(200);
        String moved = api.post("/api/v1/tickets/" + ids.get(0) + "/messages", json("kind", "customer-message",
                "body", "Another problem")).json().get("messageId").asString();
        assertThat(api.post("/api/v1/tickets/" + ids.get(0) + "/split", json("messageIds", List.of(moved),
                "subject", "Another problem")).status()).isEqualTo(201);
    }

    /** Every row of every read-model table (tokens, dead letters, deferred indexes, Flyway's history aside), as text. */
    private Map<String, List<String>> dumpReadModels() {
        List<String> tables = jdbc.sql("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_schema = 'read_model' AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('token_entry', 'dead_letter_entry', 'deferred_index', 'flyway_history')
                ORDER BY 1""").query(String.class).list();
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : tables) {
            dump.put(table, jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1").query(String.class).list());
        }
        return dump;
    }
}
