package io.autocrm.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Write-to-screen: from a command's HTTP answer to the matching change arriving on a subscribed SSE stream, at idle
 * (one command at a time) and while an open-loop load is paced at a fixed rate (every command of the load is a
 * sample). Command latency under the paced load is measured from each command's intended start, so a stall counts.
 */
final class ScreenBench {

    /** A command's answer: ticket, version, and when the answer arrived. */
    private record Sample(String ticketId, long version, long answeredAt) {
    }

    private ScreenBench() {
    }

    static void run(App app, Pg pg, Options o, Report report) throws Exception {
        Report.heading("Write-to-screen: command answered -> change on the SSE stream");
        Workload workload = Workload.load(pg);
        Map<String, Object> s = report.section("screen");
        try (SseListener sse = new SseListener(app.api(), "")) {
            sse.awaitSnapshot();
            Map<String, Object> idle = idle(app, workload, sse, o.idleSamples());
            s.put("idle", idle);
            Map<String, Object> load = paced(app, pg, workload, sse, o.screenRate(), o.screenSeconds());
            s.put("under_load", load);
            double p99 = (double) ((Map<?, ?>) load.get("write_to_screen")).get("p99_ms");
            double achieved = (double) load.get("achieved_commands_per_second");
            report.target("write-to-screen p99 < 100 ms at " + o.screenRate() + " cmd/s", "< 100 ms",
                    String.format("p99 %.1f ms at %.0f cmd/s", p99, achieved),
                    p99 < 100 && achieved >= o.screenRate() * 0.95);
        }
    }

    private static Map<String, Object> idle(App app, Workload workload, SseListener sse, int samples)
            throws Exception {
        SplittableRandom rnd = new SplittableRandom(11);
        List<Workload.Ticket> tickets = new ArrayList<>();
        Histogram h = Latency.histogram();
        long lost = 0;
        for (int i = 0; i < samples + 20; i++) {
            Workload.Command c = workload.next(rnd, tickets);
            HttpResponse<String> r = app.api().send(c.method(), c.path(), c.body(), c.ifMatch());
            long answered = System.nanoTime();
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(c.method() + " " + c.path() + " -> " + r.statusCode() + r.body());
            }
            String[] idVersion = Workload.apply(c, r, tickets).split(":");
            Long arrived = null;
            long deadline = answered + 5_000_000_000L;
            while (arrived == null && System.nanoTime() < deadline) {
                arrived = sse.arrival(idVersion[0], Long.parseLong(idVersion[1]));
                if (arrived == null) {
                    Thread.onSpinWait();
                }
            }
            if (i >= 20) {
                if (arrived == null) {
                    lost++;
                } else {
                    h.recordValue(Math.max(0, arrived - answered));
                }
            }
            Thread.sleep(50);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples);
        m.put("lost", lost);
        m.put("write_to_screen", Latency.summary(h));
        System.out.printf("  idle:      write-to-screen %s  lost %d%n", Latency.brief(h), lost);
        return m;
    }

    private static Map<String, Object> paced(App app, Pg pg, Workload workload, SseListener sse, int rate,
                                             int seconds) throws Exception {
        List<Workload.Ticket> pool = new CopyOnWriteArrayList<>(openTickets(pg));
        Histogram command = Latency.histogram();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        List<String> errorSamples = new CopyOnWriteArrayList<>();
        SplittableRandom rnd = new SplittableRandom(13);
        long total = (long) rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        RssSampler rss = RssSampler.start(app);
        long start = System.nanoTime() + 100_000_000L;
        AtomicLong done = new AtomicLong();
        for (long i = 0; i < total; i++) {
            long intended = start + i * intervalNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            Workload.Command c = workload.next(rnd, pool);
            app.api().sendAsync(c.method(), c.path(), c.body()).whenComplete((r, e) -> {
                long answered = System.nanoTime();
                synchronized (command) {
                    command.recordValue(Math.max(0, answered - intended));
                }
                if (e == null && r.statusCode() / 100 == 2) {
                    try {
                        String[] idVersion = Workload.apply(c, r, pool).split(":");
                        samples.add(new Sample(idVersion[0], Long.parseLong(idVersion[1]), answered));
                    } catch (Exception ex) {
                        errors.incrementAndGet();
                    }
                } else {
                    errors.incrementAndGet();
                    if (errorSamples.size() < 5) {
                        errorSamples.add(e != null ? e.toString() : r.statusCode() + " " + r.body());
                    }
                }
                done.incrementAndGet();
            });
        }
        long dispatchEnd = System.nanoTime();
        while (done.get() < total && System.nanoTime() - dispatchEnd < 60_000_000_000L) {
            Thread.sleep(10);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double rssMax = rss.stop();
        Thread.sleep(3000);
        Histogram screen = Latency.histogram();
        long lost = 0;
        for (Sample sample : samples) {
            Long arrived = sse.arrival(sample.ticketId(), sample.version());
            if (arrived == null) {
                lost++;
            } else {
                screen.recordValue(Math.max(0, arrived - sample.answeredAt()));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target_commands_per_second", rate);
        m.put("achieved_commands_per_second", Math.round(done.get() / elapsed * 10) / 10.0);
        m.put("commands", done.get());
        m.put("errors", errors.get());
        m.put("error_samples", errorSamples);
        m.put("lost", lost);
        m.put("command_latency_from_intended_start", Latency.summary(command));
        m.put("write_to_screen", Latency.summary(screen));
        m.put("rss_max_mb", rssMax);
        System.out.printf("  %d cmd/s: write-to-screen %s  lost %d%n", rate, Latency.brief(screen), lost);
        System.out.printf("           command latency  %s  errors %d%n", Latency.brief(command), errors.get());
        return m;
    }

    private static List<Workload.Ticket> openTickets(Pg pg) throws Exception {
        List<Workload.Ticket> tickets = new ArrayList<>();
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT ticket_id::text, version FROM read_model.ticket WHERE status_category IN ('new', 'open', "
                        + "'pending') ORDER BY number DESC LIMIT 2000")) {
            while (rs.next()) {
                tickets.add(new Workload.Ticket(rs.getString(1), rs.getLong(2)));
            }
        }
        return tickets;
    }
}
