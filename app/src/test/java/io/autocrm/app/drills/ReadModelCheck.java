package io.autocrm.app.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Waits for the read models through the admin API and compares them with a full rebuild from the event store. */
final class ReadModelCheck {

    private ReadModelCheck() {
    }

    /**
     * Waits until every processor runs, holds every segment of its token table (a killed node's claims have expired)
     * and has reached the head of the event store; answers how long that took.
     */
    static Duration awaitCaughtUp(DrillApi api, DrillDatabase db, Duration atMost) {
        long start = System.nanoTime();
        await("read models caught up").atMost(atMost).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions().until(() -> caughtUp(api, db));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static boolean caughtUp(DrillApi api, DrillDatabase db) {
        DrillApi.Reply reply = api.get("/api/v1/admin/read-models");
        if (reply.status() != 200) {
            return false;
        }
        Map<String, Long> segments = db.segmentsPerProcessor();
        JsonNode processors = reply.json();
        if (processors.isEmpty()) {
            return false;
        }
        for (JsonNode p : processors) {
            long head = p.get("head").asLong();
            boolean atHead = head == 0 || (!p.get("position").isNull() && p.get("position").asLong() >= head);
            boolean allSegments = p.get("segments").asLong() == segments.getOrDefault(p.get("name").asString(), -1L);
            if (!p.get("running").asBoolean() || p.get("replaying").asBoolean() || !p.get("caughtUp").asBoolean()
                    || !atHead || !allSegments) {
                return false;
            }
        }
        return true;
    }

    /**
     * Snapshots every read-model row, rebuilds the read models by replaying the event store, and asserts the rows are
     * identical. Answers the number of rows compared.
     */
    static int assertEqualToRebuild(DrillApi api, DrillDatabase db) {
        Map<String, List<String>> live = db.readModelRows();
        DrillApi.Reply accepted = api.post("/api/v1/admin/read-models/rebuild", Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        awaitCaughtUp(api, db, Duration.ofSeconds(120));
        Map<String, List<String>> rebuilt = db.readModelRows();
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        live.forEach((table, rows) -> assertThat(rebuilt.get(table)).as(table + " after a rebuild")
                .containsExactlyElementsOf(rows));
        return live.values().stream().mapToInt(List::size).sum();
    }
}
