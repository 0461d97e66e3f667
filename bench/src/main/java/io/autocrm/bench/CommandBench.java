package io.autocrm.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Command path: closed-loop HTTP clients (each sends its next command when the previous one answered) for a fixed
 * time per concurrency level; throughput and latency. Baseline: the same number of single-row INSERT transactions of
 * event-sized rows through plain JDBC, at the same concurrency, into a scratch table shaped like the event table.
 */
final class CommandBench {

    private CommandBench() {
    }

    static void run(App app, Pg pg, Options o, Report report) throws Exception {
        Report.heading("Command path: closed-loop HTTP clients vs single-row JDBC insert transactions");
        Workload workload = Workload.load(pg);
        int payloadSize = (int) pg.queryLong("SELECT coalesce(avg(octet_length(payload)), 300)::int FROM "
                + "(SELECT payload FROM events.domain_event_entry ORDER BY global_index DESC LIMIT 10000) e");
        int metaSize = (int) pg.queryLong("SELECT coalesce(avg(octet_length(meta_data)), 200)::int FROM "
                + "(SELECT meta_data FROM events.domain_event_entry ORDER BY global_index DESC LIMIT 10000) e");
        createScratchTable(pg);
        List<Map<String, Object>> levels = new ArrayList<>();
        report.section("commands").put("levels", levels);
        report.section("commands").put("seconds_per_level", o.commandSeconds());
        report.section("commands").put("mix", "30% create, 40% PATCH with If-Match, 30% message");
        report.section("commands").put("seconds_until_processors_caught_up", ReplayBench.round(
                ReplayBench.awaitCaughtUp(app)));
        warmUp(app, workload);
        RssSampler rss = RssSampler.start(app);
        boolean allMet = true;
        for (int clients : o.concurrency()) {
            Map<String, Object> level = httpLevel(app, workload, clients, o.commandSeconds());
            long count = (long) level.get("commands");
            double baseline = InsertBaseline.run(pg, clients, count, payloadSize, metaSize);
            double throughput = (double) level.get("commands_per_second");
            double ratio = throughput / baseline;
            level.put("baseline_inserts_per_second", Math.round(baseline));
            level.put("ratio_to_baseline", ReplayBench.round(ratio));
            levels.add(level);
            System.out.printf("  c=%-3d %8.1f cmd/s  %s  errors %d | baseline %,8.0f inserts/s | ratio %.3f%n",
                    clients, throughput, level.get("latency_brief"), (long) level.get("errors"), baseline, ratio);
            report.target("commands >= 1/2 raw inserts (c=" + clients + ")", ">= 0.5", String.format("%.3f", ratio),
                    ratio >= 0.5);
            allMet &= ratio >= 0.5;
        }
        report.section("footprint").put("rss_under_command_load_max_mb", rss.stop());
        report.section("commands").put("event_row_payload_bytes", payloadSize);
        report.section("commands").put("event_row_metadata_bytes", metaSize);
        report.section("commands").put("all_levels_met", allMet);
        pg.execute("DROP TABLE IF EXISTS public.bench_insert_baseline");
    }

    static void warmUp(App app, Workload workload) throws Exception {
        long end = System.nanoTime() + 5_000_000_000L;
        SplittableRandom rnd = new SplittableRandom(7);
        List<Workload.Ticket> tickets = new ArrayList<>();
        while (System.nanoTime() < end) {
            Workload.Command c = workload.next(rnd, tickets);
            HttpResponse<String> r = app.api().send(c.method(), c.path(), c.body(), c.ifMatch());
            if (r.statusCode() / 100 == 2) {
                Workload.apply(c, r, tickets);
            }
        }
    }

    static Map<String, Object> httpLevel(App app, Workload workload, int clients, int seconds)
            throws Exception {
        Histogram all = Latency.histogram();
        AtomicLong errors = new AtomicLong();
        List<String> errorSamples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int i = 0; i < clients; i++) {
            Histogram h = Latency.histogram();
            histograms.add(h);
            SplittableRandom rnd = new SplittableRandom(1000 + i);
            threads.add(Thread.ofPlatform().name("client-" + i).start(() -> {
                List<Workload.Ticket> tickets = new ArrayList<>();
                while (System.nanoTime() < end) {
                    Workload.Command c = workload.next(rnd, tickets);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = app.api().send(c.method(), c.path(), c.body(), c.ifMatch());
                        h.recordValue(System.nanoTime() - t0);
                        if (r.statusCode() / 100 == 2) {
                            Workload.apply(c, r, tickets);
                        } else {
                            error(errors, errorSamples, c.method() + " " + r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        error(errors, errorSamples, e.toString());
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        histograms.forEach(all::add);
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("clients", clients);
        level.put("commands", all.getTotalCount());
        level.put("seconds", ReplayBench.round(elapsed));
        level.put("commands_per_second", Math.round(all.getTotalCount() / elapsed * 10) / 10.0);
        level.put("errors", errors.get());
        level.put("error_samples", errorSamples);
        level.put("latency", Latency.summary(all));
        level.put("latency_brief", Latency.brief(all));
        return level;
    }

    private static void error(AtomicLong errors, List<String> samples, String what) {
        errors.incrementAndGet();
        synchronized (samples) {
            if (samples.size() < 5) {
                samples.add(what.length() > 300 ? what.substring(0, 300) : what);
            }
        }
    }

    /** Same columns, types and unique constraints as events.domain_event_entry, with its own sequence. */
    private static void createScratchTable(Pg pg) throws SQLException {
        pg.execute("DROP TABLE IF EXISTS public.bench_insert_baseline", """
                CREATE TABLE public.bench_insert_baseline (
                    global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL UNIQUE,
                    aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL,
                    type VARCHAR(255), time_stamp VARCHAR(255) NOT NULL, payload_type VARCHAR(255) NOT NULL,
                    payload_revision VARCHAR(255), payload BYTEA NOT NULL, meta_data BYTEA,
                    UNIQUE (aggregate_identifier, sequence_number))""");
    }

    /** The raw baseline: N autocommitted single-row inserts over {@code clients} connections. */
    static final class InsertBaseline {

        private InsertBaseline() {
        }

        static double run(Pg pg, int clients, long total, int payloadSize, int metaSize) throws Exception {
            byte[] payload = new byte[payloadSize];
            byte[] meta = new byte[metaSize];
            java.util.Arrays.fill(payload, (byte) 'x');
            java.util.Arrays.fill(meta, (byte) 'm');
            List<Connection> connections = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                connections.add(pg.connect());
            }
            List<Thread> threads = new ArrayList<>();
            AtomicLong remaining = new AtomicLong(total);
            long t0 = System.nanoTime();
            for (Connection c : connections) {
                threads.add(Thread.ofPlatform().start(() -> {
                    try (PreparedStatement ps = c.prepareStatement("""
                            INSERT INTO public.bench_insert_baseline (event_identifier, aggregate_identifier,
                              sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                            VALUES (?, ?, 0, 'Ticket', '2026-01-01T00:00:00.000Z',
                                    'io.autocrm.events.ticket.TicketTaggedEvent', '1', ?, ?)""")) {
                        while (remaining.getAndDecrement() > 0) {
                            ps.setString(1, UUID.randomUUID().toString());
                            ps.setString(2, UUID.randomUUID().toString());
                            ps.setBytes(3, payload);
                            ps.setBytes(4, meta);
                            ps.executeUpdate();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            for (Connection c : connections) {
                c.close();
            }
            return total / seconds;
        }
    }
}
