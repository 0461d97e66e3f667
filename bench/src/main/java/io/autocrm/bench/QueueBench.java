package io.autocrm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Queue reads: the views an agent's desk opens by default and some filtered, sorted, paged custom views (second pages
 * through the cursor), through HTTP; baseline: the same SQL through plain JDBC. Requests alternate HTTP and JDBC so
 * both see the same machine noise.
 */
final class QueueBench {

    private static final int WARM_UP = 50;

    private QueueBench() {
    }

    static void run(App app, Pg pg, Options o, Report report) throws Exception {
        Report.heading("Queue reads: HTTP vs the same SQL through JDBC");
        long tickets = pg.queryLong("SELECT count(*) FROM read_model.ticket");
        List<QueueView> views = views(pg);
        Map<String, Object> s = report.section("queue");
        s.put("tickets", tickets);
        s.put("requests_per_view", o.queueRequests());
        List<Map<String, Object>> results = new ArrayList<>();
        s.put("views", results);
        double worstP99 = 0;
        double worstRatio = 0;
        try (Connection c = pg.connect()) {
            for (QueueView view : views) {
                if (view.secondPage) {
                    JsonNode first = Api.ok(app.api().get(view.page2FirstPath()));
                    view.cursor = first.path("nextCursor").asText(null);
                    if (view.cursor == null) {
                        System.out.printf("  %-52s skipped: only one page%n", view.name);
                        continue;
                    }
                }
                Map<String, Object> r = measure(app, c, view, o.queueRequests());
                results.add(r);
                double p99 = (double) ((Map<?, ?>) r.get("http")).get("p99_ms");
                double ratio = (double) r.get("p99_ratio");
                if (view.text == null) {
                    worstP99 = Math.max(worstP99, p99);
                    worstRatio = Math.max(worstRatio, ratio);
                }
            }
        }
        s.put("worst_p99_ms", worstP99);
        s.put("worst_p99_ratio", ReplayBench.round(worstRatio));
        report.target("queue p99 < 20 ms (" + tickets + " tickets, excl. full text)", "< 20 ms",
                String.format("worst p99 %.2f ms", worstP99), worstP99 < 20);
        report.target("queue p99 within 2x raw SQL (excl. full text)", "<= 2.0",
                String.format("worst ratio %.2f", worstRatio), worstRatio <= 2.0);
    }

    private static Map<String, Object> measure(App app, Connection c, QueueView view, int requests)
            throws Exception {
        Histogram http = Latency.histogram();
        Histogram sql = Latency.histogram();
        String path = view.path();
        int rows = 0;
        for (int i = 0; i < WARM_UP + requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = app.api().get(path);
            long t1 = System.nanoTime();
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
            }
            long t2 = System.nanoTime();
            int n = 0;
            try (PreparedStatement ps = view.statement(c); ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int k = 1; k <= columns; k++) {
                        rs.getString(k);
                    }
                    n++;
                }
            }
            long t3 = System.nanoTime();
            if (i >= WARM_UP) {
                http.recordValue(t1 - t0);
                sql.recordValue(t3 - t2);
            }
            rows = n;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("view", view.name);
        m.put("built_in", view.builtIn);
        m.put("path", path.replaceAll("cursor=[^&]+", "cursor=…"));
        m.put("rows", rows);
        m.put("http", Latency.summary(http));
        m.put("sql", Latency.summary(sql));
        double ratio = (double) http.getValueAtPercentile(99) / Math.max(1, sql.getValueAtPercentile(99));
        m.put("p99_ratio", ReplayBench.round(ratio));
        m.put("p50_ratio", ReplayBench.round(
                (double) http.getValueAtPercentile(50) / Math.max(1, sql.getValueAtPercentile(50))));
        System.out.printf("  %-52s HTTP p50 %6.2f p99 %6.2f | SQL p50 %6.2f p99 %6.2f ms | p99 x%.2f%n", view.name,
                Latency.ms(http.getValueAtPercentile(50)), Latency.ms(http.getValueAtPercentile(99)),
                Latency.ms(sql.getValueAtPercentile(50)), Latency.ms(sql.getValueAtPercentile(99)), ratio);
        return m;
    }

    private static List<QueueView> views(Pg pg) throws Exception {
        String agent = pg.queryString("SELECT assignee_id::text FROM read_model.ticket WHERE assignee_id IS NOT NULL "
                + "GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1");
        String billing = pg.queryString("SELECT id::text FROM directory.team ORDER BY name LIMIT 1 OFFSET 1");
        List<String> none = List.of();
        Map<String, String> noFields = Map.of();
        List<QueueView> views = new ArrayList<>();
        QueueView all = new QueueView("built-in: all tickets, newest change first", true, none, none, null, null,
                none, noFields, null, null, 25, false);
        QueueView open = new QueueView("built-in: open work (new+open)", true, List.of("new", "open"), none, null,
                null, none, noFields, null, null, 25, false);
        QueueView unassigned = new QueueView("built-in: unassigned (new+open)", true, List.of("new", "open"), none,
                "none", null, none, noFields, null, null, 25, false);
        QueueView mine = new QueueView("built-in: one agent's open+pending", true, List.of("open", "pending"), none,
                agent, null, none, noFields, null, null, 25, false);
        QueueView pending = new QueueView("built-in: pending", true, List.of("pending"), none, null, null, none,
                noFields, null, null, 25, false);
        QueueView solved = new QueueView("built-in: recently solved", true, List.of("solved"), none, null, null, none,
                noFields, null, null, 25, false);
        QueueView urgent = new QueueView("custom: open high+urgent by priority", false, List.of("open"),
                List.of("high", "urgent"), null, null, none, noFields, null, "-priority", 25, false);
        QueueView teamTag = new QueueView("custom: team + tag 'refund'", false, none, none, null, billing,
                List.of("refund"), noFields, null, null, 25, false);
        QueueView plan = new QueueView("custom: cf.plan=enterprise, newest created", false, none, none, null, null,
                none, Map.of("plan", "enterprise"), null, "-createdAt", 25, false);
        QueueView byNumber = new QueueView("custom: all by number, 100 per page", false, none, none, null, null, none,
                noFields, null, "number", 100, false);
        QueueView vipOpen = new QueueView("custom: open+pending, tag vip, oldest change first", false,
                List.of("open", "pending"), none, null, null, List.of("vip"), noFields, null, "updatedAt", 50, false);
        QueueView text = new QueueView("custom: full text 'refund invoice' (info)", false, none, none, null, null,
                none, noFields, "refund invoice", null, 25, false);
        views.addAll(List.of(all, open, unassigned, mine, pending, solved, urgent, teamTag, plan, byNumber, vipOpen));
        views.addAll(List.of(all.page2(), open.page2(), mine.page2(), urgent.page2(), plan.page2(), byNumber.page2(),
                vipOpen.page2()));
        views.add(text);
        return views;
    }
}
