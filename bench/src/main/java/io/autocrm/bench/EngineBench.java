package io.autocrm.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The work engine (issue 11): the command path with 20 routing rules and 3 SLA policies enabled versus none (the
 * same closed-loop mix as {@link CommandBench}, as a ratio), and the time from a ticket's creation to its assignment
 * when tickets arrive at a paced rate, routed by a rule into a team whose agents are online (least busy). Both times
 * are the server's own: the created and assigned events' timestamps in the event store.
 */
final class EngineBench {

    private static final int CLIENTS = 4;
    private static final int RULES = 20;
    private static final int AGENTS = 8;

    private EngineBench() {
    }

    static void run(App app, Pg pg, Options o, Report report) throws Exception {
        Report.heading("Work engine: commands with 20 routing rules and 3 SLA policies vs none; creation to assignment");
        Map<String, Object> s = report.section("engine");
        Workload workload = Workload.load(pg);
        String run = UUID.randomUUID().toString().substring(0, 8);
        int removed = removeEarlierRun(app.api());
        if (removed > 0) {
            System.out.printf("  removed %d routing rules and SLA policies of an earlier run (policies once saved keep"
                    + " the SLA process measuring: 'without' is then not a fresh installation's)%n", removed);
        }
        ReplayBench.awaitCaughtUp(app);
        CommandBench.warmUp(app, workload);

        Map<String, Object> without = CommandBench.httpLevel(app, workload, CLIENTS, o.commandSeconds());
        print("without rules", without);
        String team = staffedTeam(app.api(), run);
        String marker = "route" + run;
        configure(app.api(), team, marker, run);
        ReplayBench.awaitCaughtUp(app);
        Map<String, Object> with = CommandBench.httpLevel(app, workload, CLIENTS, o.commandSeconds());
        print("20 rules, 3 policies", with);
        double ratio = (double) with.get("commands_per_second") / (double) without.get("commands_per_second");
        s.put("clients", CLIENTS);
        s.put("without_rules", without);
        s.put("with_rules_and_policies", with);
        s.put("ratio", ReplayBench.round(ratio));
        System.out.printf("  ratio with/without: %.3f%n", ratio);
        report.target("commands with 20 rules + 3 SLA policies >= 0.8 of without (c=" + CLIENTS + ")", ">= 0.8",
                String.format("%.3f", ratio), ratio >= 0.8);

        ReplayBench.awaitCaughtUp(app);
        Map<String, Object> assignment = paced(app, pg, workload, marker, o.screenRate(), o.screenSeconds());
        s.put("creation_to_assignment", assignment);
        double p99 = (double) ((Map<?, ?>) assignment.get("latency")).get("p99_ms");
        report.target("creation to assignment p99 < 1 s at " + o.screenRate() + " tickets/s", "< 1000 ms",
                String.format("p99 %.0f ms, %s unassigned", p99, assignment.get("unassigned")),
                p99 < 1000 && (long) assignment.get("unassigned") == 0);
    }

    /** Deletes the routing rules and SLA policies an earlier run left; answers how many. */
    private static int removeEarlierRun(Api api) throws Exception {
        int removed = 0;
        for (String path : List.of("/api/v1/routing-rules", "/api/v1/sla-policies")) {
            for (var item : Api.ok(api.get(path)).path("items")) {
                int status = api.send("DELETE", path + "/" + item.path("id").asText(), "", null).statusCode();
                if (status / 100 != 2) {
                    throw new IllegalStateException("DELETE " + path + " -> " + status);
                }
                removed++;
            }
        }
        return removed;
    }

    private static void print(String what, Map<String, Object> level) {
        System.out.printf("  %-22s %8.1f cmd/s  %s  errors %d%n", what, (double) level.get("commands_per_second"),
                level.get("latency_brief"), (long) level.get("errors"));
    }

    /** A team of {@value #AGENTS} online agents with room for every ticket, assigning the least busy. */
    private static String staffedTeam(Api api, String run) throws Exception {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            String agent = Api.ok(api.send("POST", "/api/v1/agents", "{\"name\":\"Bench agent " + i + "\",\"email\":"
                    + "\"bench-" + run + "-" + i + "@bench.example\"}", null)).path("id").asText();
            Api.ok(api.send("PATCH", "/api/v1/agents/" + agent, "{\"capacity\":1000}", null));
            Api.ok(api.send("PUT", "/api/v1/agents/" + agent + "/status", "{\"status\":\"online\"}", null));
            members.add("\"" + agent + "\"");
        }
        String team = Api.ok(api.send("POST", "/api/v1/teams", "{\"name\":\"Bench team " + run + "\"}", null))
                .path("id").asText();
        Api.ok(api.send("PATCH", "/api/v1/teams/" + team, "{\"assignmentMethod\":\"least-busy\",\"memberIds\":["
                + String.join(",", members) + "]}", null));
        return team;
    }

    /**
     * 19 rules whose conditions every ticket is tested against and none matches (words the workload never writes,
     * on subject, description and tags, priority and channel), then one that routes tickets whose subject carries
     * {@code marker} into {@code team}; and 3 SLA policies in calendar hours (urgent, high, everything else).
     */
    private static void configure(Api api, String team, String marker, String run) throws Exception {
        for (int i = 0; i < RULES - 1; i++) {
            String conditions = "{\"all\":[{\"field\":\"text\",\"operator\":\"contains\",\"values\":[\"nomatch" + i
                    + "\",\"zzz" + i + "\"]},{\"field\":\"priority\",\"operator\":\"at-least\",\"values\":[\"low\"]}],"
                    + "\"any\":[{\"field\":\"tags\",\"operator\":\"includes-any\",\"values\":[\"vip" + i + "\"]},"
                    + "{\"field\":\"channel\",\"operator\":\"is\",\"values\":[\"chat\"]}]}";
            Api.ok(api.send("POST", "/api/v1/routing-rules", "{\"name\":\"Bench rule " + run + " " + i
                    + "\",\"enabled\":true,\"conditions\":" + conditions + ",\"actions\":{\"priority\":\"high\"}}",
                    null));
        }
        Api.ok(api.send("POST", "/api/v1/routing-rules", "{\"name\":\"Bench routing " + run + "\",\"enabled\":true,"
                + "\"conditions\":{\"all\":[{\"field\":\"subject\",\"operator\":\"contains\",\"values\":[\"" + marker
                + "\"]}]},\"actions\":{\"teamId\":\"" + team + "\"}}", null));
        String[][] policies = {{"urgent", "30", "240"}, {"high", "60", "480"}, {"normal", "240", "1440"}};
        for (String[] p : policies) {
            String conditions = p[0].equals("normal") ? "{\"all\":[]}"
                    : "{\"all\":[{\"field\":\"priority\",\"operator\":\"is\",\"values\":[\"" + p[0] + "\"]}]}";
            String targets = "[" + target(p[0], "first-reply-time", p[1]) + "," + target(p[0], "next-reply-time", p[1])
                    + "," + target(p[0], "total-resolution-time", p[2]) + "]";
            Api.ok(api.send("POST", "/api/v1/sla-policies", "{\"name\":\"Bench SLA " + run + " " + p[0]
                    + "\",\"active\":true,\"conditions\":" + conditions + ",\"targets\":" + targets + "}", null));
        }
    }

    private static String target(String priority, String metric, String minutes) {
        StringBuilder all = new StringBuilder();
        for (String each : priority.equals("normal") ? new String[] {"low", "normal", "high", "urgent"}
                : new String[] {priority}) {
            all.append(all.isEmpty() ? "" : ",").append("{\"priority\":\"").append(each).append("\",\"metric\":\"")
                    .append(metric).append("\",\"minutes\":").append(minutes).append("}");
        }
        return all.toString();
    }

    /** Creates routed tickets at {@code rate} a second for {@code seconds}; then reads when each was assigned. */
    private static Map<String, Object> paced(App app, Pg pg, Workload workload, String marker, int rate, int seconds)
            throws Exception {
        SplittableRandom rnd = new SplittableRandom(23);
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        for (long i = 0; i < total; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Workload.Command c = workload.create(rnd, marker + " ");
            app.api().sendAsync(c.method(), c.path(), c.body()).whenComplete((r, e) -> {
                if (e == null && r.statusCode() == 201) {
                    try {
                        created.add(Api.json(r).path("id").asText());
                    } catch (Exception ex) {
                        errors.incrementAndGet();
                    }
                } else {
                    errors.incrementAndGet();
                }
                done.incrementAndGet();
            });
        }
        while (done.get() < total && System.nanoTime() - start < (seconds + 60) * 1_000_000_000L) {
            Thread.sleep(10);
        }
        double achieved = done.get() / ((System.nanoTime() - start) / 1e9);
        List<String> ids = new ArrayList<>(created);
        Histogram latency = Latency.histogram();
        long unassigned = ids.size();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<Long> millis = assignmentMillis(pg, ids);
            if (millis.size() == ids.size() || System.nanoTime() + 1_000_000_000L > deadline) {
                millis.forEach(ms -> latency.recordValue(Math.max(0, ms) * 1_000_000L));
                unassigned = ids.size() - millis.size();
                break;
            }
            Thread.sleep(1000);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target_tickets_per_second", rate);
        m.put("achieved_tickets_per_second", Math.round(achieved * 10) / 10.0);
        m.put("tickets", ids.size());
        m.put("errors", errors.get());
        m.put("unassigned", unassigned);
        m.put("latency", Latency.summary(latency));
        System.out.printf("  creation -> assignment at %d tickets/s (achieved %.0f): %s  unassigned %d  errors %d%n",
                rate, achieved, Latency.brief(latency), unassigned, errors.get());
        return m;
    }

    /** Milliseconds from each ticket's creation to its first assignment, for those already assigned. */
    private static List<Long> assignmentMillis(Pg pg, List<String> ids) throws Exception {
        List<Long> millis = new ArrayList<>();
        try (Connection c = pg.connect(); PreparedStatement ps = c.prepareStatement("""
                SELECT (extract(epoch FROM min(a.time_stamp::timestamptz) - min(t.time_stamp::timestamptz)) * 1000)::bigint
                  FROM events.domain_event_entry t
                  JOIN events.domain_event_entry a ON a.aggregate_identifier = t.aggregate_identifier
                 WHERE t.aggregate_identifier = ANY(?)
                   AND t.payload_type = 'io.autocrm.events.ticket.TicketCreatedEvent'
                   AND a.payload_type = 'io.autocrm.events.ticket.TicketAssignedEvent'
                 GROUP BY t.aggregate_identifier""")) {
            Array array = c.createArrayOf("varchar", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    millis.add(rs.getLong(1));
                }
            }
        }
        return millis;
    }
}
