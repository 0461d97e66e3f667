package io.autocrm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

/**
 * Replay: the app's full read-model rebuild (drop the schema, replay every event through every projection), timed
 * until every processor has caught up with the head. Baseline: one sequential JDBC read of the whole event table,
 * payloads included, fetch size 10,000.
 */
final class ReplayBench {

    private ReplayBench() {
    }

    static void run(App app, Pg pg, Report report) throws Exception {
        Report.heading("Replay: rebuild every projection from the event store");
        long events = pg.queryLong("SELECT count(*) FROM events.domain_event_entry");
        Map<String, Object> s = report.section("replay");
        double rebuildSeconds = rebuild(app);
        double vacuumSeconds = awaitVacuum(pg);
        double rate = events / rebuildSeconds;
        double baseline = sequentialRead(pg, events);
        double ratio = rate / baseline;
        s.put("events", events);
        s.put("processors", processorNames(app));
        s.put("rebuild_seconds", round(rebuildSeconds));
        s.put("vacuum_after_rebuild_seconds", round(vacuumSeconds));
        s.put("events_per_second", Math.round(rate));
        s.put("baseline_sequential_read_events_per_second", Math.round(baseline));
        s.put("ratio_to_baseline", round(ratio));
        System.out.printf("  %,d events rebuilt in %.1f s: %,.0f events/s; raw sequential read %,.0f events/s; "
                + "ratio %.3f%n", events, rebuildSeconds, rate, baseline, ratio);
        report.target("replay >= 20k events/s", ">= 20,000 ev/s", String.format("%,.0f ev/s", rate), rate >= 20_000);
        report.target("replay >= 1/3 of raw sequential read", ">= 0.333", String.format("%.3f", ratio),
                ratio >= 1.0 / 3);
    }

    /** POST rebuild, then poll until every processor is caught up with the head; returns seconds. */
    static double rebuild(App app) throws Exception {
        long t0 = System.nanoTime();
        Api.ok(app.api().send("POST", "/api/v1/admin/read-models/rebuild", "", null));
        long lastPrint = t0;
        while (true) {
            JsonNode progress = Api.ok(app.api().get("/api/v1/admin/read-models"));
            if (upToDate(progress)) {
                return (System.nanoTime() - t0) / 1e9;
            }
            if (System.nanoTime() - lastPrint > 10e9) {
                lastPrint = System.nanoTime();
                System.out.printf("  ... %.0f s: %s%n", (lastPrint - t0) / 1e9, positions(progress));
            }
            Thread.sleep(250);
        }
    }

    /**
     * Waits until the read models and the command side's process managers have all reached the head of the event
     * store, so that a measurement does not share the machine with a catch-up (on a generated data set, the process
     * managers fold the whole history once, as after an upgrade that adds them); answers the seconds it took.
     */
    static double awaitCaughtUp(App app) throws Exception {
        long t0 = System.nanoTime();
        long lastPrint = t0;
        while (true) {
            JsonNode readModels = Api.ok(app.api().get("/api/v1/admin/read-models"));
            JsonNode processes = Api.ok(app.api().get("/api/v1/admin/process-managers"));
            if (upToDate(readModels) && (processes.isEmpty() || upToDate(processes))) {
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (seconds > 1) {
                    System.out.printf("  processors caught up with the head after %.0f s%n", seconds);
                }
                return seconds;
            }
            if (System.nanoTime() - t0 > 1_800e9) {
                throw new IllegalStateException("processors still behind after 30 minutes: " + positions(readModels)
                        + positions(processes));
            }
            if (System.nanoTime() - lastPrint > 10e9) {
                lastPrint = System.nanoTime();
                System.out.printf("  ... waiting for the processors, %.0f s: %s%s%n", (lastPrint - t0) / 1e9,
                        positions(readModels), positions(processes));
            }
            Thread.sleep(500);
        }
    }

    /**
     * Waits for the VACUUM ANALYZE the app runs once a rebuild has caught up (up to 5 s for it to start), so the
     * baseline read and the benchmarks after this one do not share the machine with it; returns its seconds.
     */
    static double awaitVacuum(Pg pg) throws Exception {
        String running = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state = 'active' AND query ILIKE 'VACUUM%'";
        long t0 = System.nanoTime();
        while (pg.queryLong(running) == 0 && System.nanoTime() - t0 < 5e9) {
            Thread.sleep(50);
        }
        while (pg.queryLong(running) > 0) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  read models vacuumed and analyzed by the app %.1f s after catching up%n", seconds);
        return seconds;
    }

    static boolean upToDate(JsonNode progress) {
        if (progress.isEmpty()) {
            return false;
        }
        for (JsonNode p : progress) {
            long head = p.path("head").asLong();
            boolean caught = p.path("caughtUp").asBoolean() && !p.path("position").isNull()
                    && p.path("position").asLong() >= head;
            if (!caught && head > 0) {
                return false;
            }
        }
        return true;
    }

    static String positions(JsonNode progress) {
        StringBuilder b = new StringBuilder();
        for (JsonNode p : progress) {
            b.append(p.path("name").asText()).append('=').append(p.path("position").asText()).append('/')
                    .append(p.path("head").asText()).append(' ');
        }
        return b.toString();
    }

    private static String processorNames(App app) throws Exception {
        StringBuilder b = new StringBuilder();
        for (JsonNode p : Api.ok(app.api().get("/api/v1/admin/read-models"))) {
            b.append(b.isEmpty() ? "" : ", ").append(p.path("name").asText()).append(" (")
                    .append(p.path("segments").asInt()).append(" segments)");
        }
        return b.toString();
    }

    /** Reads every event row with its payload and metadata bytes, in global order; returns events per second. */
    static double sequentialRead(Pg pg, long expected) throws Exception {
        try (Connection c = pg.connect()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            long rows = 0;
            long bytes = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                           payload_type, payload_revision, payload, meta_data
                      FROM events.domain_event_entry ORDER BY global_index""")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                        rs.getString(3);
                        rs.getLong(4);
                        rs.getString(5);
                        rs.getString(6);
                        rs.getString(7);
                        rs.getString(8);
                        bytes += rs.getBytes(9).length + rs.getBytes(10).length;
                        rows++;
                    }
                }
            }
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  baseline: %,d rows (%,d MB payload+metadata) read in %.2f s%n", rows,
                    bytes >> 20, seconds);
            return rows / seconds;
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
