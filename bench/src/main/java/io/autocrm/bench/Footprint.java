package io.autocrm.bench;

import java.util.Map;

/**
 * Footprint: time from process start to /actuator/health UP on the full data set (read models built), resident
 * memory when idle after a warm-up, and (recorded by the load benchmarks) under load.
 */
final class Footprint {

    private Footprint() {
    }

    static App run(Pg pg, Options o, Report report) throws Exception {
        Report.heading("Footprint: start to healthy, resident memory");
        App app = App.start(o, "footprint");
        Map<String, Object> s = report.section("footprint");
        s.put("start_to_healthy_ms", app.startToHealthyMillis());
        s.put("rss_at_healthy_mb", app.rssMb());
        long end = System.nanoTime() + 10_000_000_000L;
        int requests = 0;
        while (System.nanoTime() < end) {
            Api.ok(app.api().get("/api/v1/tickets?category=open"));
            Api.ok(app.api().get("/api/v1/tickets?sort=-createdAt&limit=100"));
            requests += 2;
        }
        Thread.sleep(5000);
        s.put("warm_up_requests", requests);
        s.put("rss_idle_after_warm_up_mb", app.rssMb());
        System.out.printf("  start to healthy %,d ms; RSS at healthy %.0f MB, idle after %d warm-up reads %.0f MB%n",
                app.startToHealthyMillis(), (double) s.get("rss_at_healthy_mb"), requests,
                (double) s.get("rss_idle_after_warm_up_mb"));
        return app;
    }

    static void summarize(Report report) {
        Map<String, Object> s = report.section("footprint");
        Object screen = report.section("screen").get("under_load");
        if (screen instanceof Map<?, ?> m) {
            s.put("rss_under_paced_load_max_mb", m.get("rss_max_mb"));
        }
        System.out.println();
        System.out.println("Footprint: " + s);
    }
}
