package io.autocrm.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of {@code bench/run}: prepares the benchmark database (generating the data set when asked or missing),
 * runs the app under test as its own process and runs the chosen benchmarks against it, then writes the results.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Pg pg = new Pg(o);
        Report report = new Report(o, MachineInfo.collect(pg));
        System.out.println("AutoCRM benchmarks: " + o.benches() + " on " + o.database() + ", " + o.tickets()
                + " tickets");
        App app = null;
        try {
            boolean fresh = o.runs("generate") || o.regenerate() || !datasetPresent(pg, o);
            if (fresh) {
                generate(pg, o, report);
            }
            app = App.start(o, "bench");
            if (fresh || o.runs("replay") || pg.queryLong("SELECT count(*) FROM read_model.ticket") == 0) {
                ReplayBench.run(app, pg, report);
                if (o.runs("replay") && !fresh) {
                    report.section("replay").put("baseline_note", "second read of a warm table");
                }
            }
            if (fresh) {
                Validation.run(app, pg, report);
            }
            if (o.runs("footprint")) {
                app.close();
                app = Footprint.run(pg, o, report);
            }
            if (o.runs("queue")) {
                QueueBench.run(app, pg, o, report);
            }
            if (o.runs("screen")) {
                ScreenBench.run(app, pg, o, report);
            }
            if (o.runs("commands")) {
                CommandBench.run(app, pg, o, report);
            }
            if (o.runs("engine")) {
                EngineBench.run(app, pg, o, report);
            }
            if (o.runs("mail")) {
                MailBench.run(app, pg, o, report);
            }
            if (o.runs("web")) {
                WebBench.run(o, report);
            }
            if (o.runs("footprint")) {
                Footprint.summarize(report);
            }
        } finally {
            if (app != null) {
                report.section("app").put("log", app.log().toString());
                app.close();
            }
            report.write(o.resultsDir());
        }
    }

    private static boolean datasetPresent(Pg pg, Options o) throws Exception {
        if (!pg.databaseExists()) {
            return false;
        }
        String tickets = pg.queryString("SELECT CASE WHEN to_regclass('public.bench_dataset') IS NULL THEN NULL "
                + "ELSE (SELECT max(tickets)::text FROM public.bench_dataset) END");
        return tickets != null && Integer.parseInt(tickets) == o.tickets();
    }

    private static void generate(Pg pg, Options o, Report report) throws Exception {
        Report.heading("Data set: " + o.tickets() + " tickets into " + o.database());
        pg.recreateDatabase();
        long emptyStart;
        try (App migrate = App.start(o, "migrate")) {
            emptyStart = migrate.startToHealthyMillis();
        }
        DataSetGenerator.Generated g = DataSetGenerator.generate(pg, o.tickets(), o.seed());
        Map<String, Object> s = report.section("generate");
        s.put("tickets", g.tickets());
        s.put("customers", g.customers());
        s.put("events", g.events());
        s.put("events_per_ticket", ReplayBench.round((double) g.events() / Math.max(1, g.tickets())));
        s.put("longest_ticket_events", g.longestTicket());
        s.put("texts", g.contents());
        s.put("seconds", ReplayBench.round(g.seconds()));
        s.put("copy_seconds", ReplayBench.round(g.loadSeconds()));
        s.put("index_seconds", ReplayBench.round(g.indexSeconds()));
        s.put("events_per_second", Math.round(g.events() / g.loadSeconds()));
        s.put("database_size", pg.queryString("SELECT pg_size_pretty(pg_database_size(current_database()))"));
        report.section("footprint").put("start_to_healthy_empty_database_ms", emptyStart);
        System.out.printf("  %,d tickets, %,d customers, %,d events (%.1f per ticket, longest %,d), %,d texts%n",
                g.tickets(), g.customers(), g.events(), (double) g.events() / g.tickets(), g.longestTicket(),
                g.contents());
        System.out.printf("  written in %.1f s (COPY %.1f s = %,.0f events/s, indexes %.1f s); database %s%n",
                g.seconds(), g.loadSeconds(), g.events() / g.loadSeconds(), g.indexSeconds(),
                s.get("database_size"));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
