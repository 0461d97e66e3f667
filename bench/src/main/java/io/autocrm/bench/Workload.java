package io.autocrm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The command mix the benchmarks send, as an agent desk and an email channel would: creates (30%), conditional
 * PATCHes with the If-Match version of the previous answer (40%) and messages (30%), on tickets the client created.
 */
final class Workload {

    private static final String[] PRIORITIES = {"low", "normal", "high", "urgent"};

    /** One ticket a client works on, with its latest known version. */
    static final class Ticket {
        final String id;
        long version;
        int priority = 1;
        boolean pending;

        Ticket(String id, long version) {
            this.id = id;
            this.version = version;
        }
    }

    /** A command ready to send: method, path, body, If-Match (or null), and the ticket it touches (null: create). */
    record Command(String method, String path, String body, String ifMatch, Ticket ticket) {
    }

    private final List<String> customers;
    private final List<String> agents;

    private Workload(List<String> customers, List<String> agents) {
        this.customers = customers;
        this.agents = agents;
    }

    static Workload load(Pg pg) throws Exception {
        return new Workload(ids(pg, "SELECT id::text FROM pii.customer WHERE erased_at IS NULL LIMIT 5000"),
                ids(pg, "SELECT id::text FROM directory.agent WHERE active"));
    }

    private static List<String> ids(Pg pg, String sql) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** The next command of a client that owns {@code tickets}. */
    Command next(SplittableRandom rnd, List<Ticket> tickets) {
        int r = rnd.nextInt(10);
        if (tickets.isEmpty() || r < 3) {
            return create(rnd);
        }
        Ticket t = tickets.get(rnd.nextInt(tickets.size()));
        return r < 7 ? patch(rnd, t) : message(rnd, t);
    }

    Command create(SplittableRandom rnd) {
        return create(rnd, "");
    }

    /** A ticket whose subject starts with {@code prefix} (a word a routing rule looks for). */
    Command create(SplittableRandom rnd, String prefix) {
        String body = "{\"subject\":\"" + prefix + Texts.subject(rnd) + "\",\"description\":\"" + Texts.body(rnd)
                + "\",\"requesterId\":\"" + customers.get(rnd.nextInt(customers.size()))
                + "\",\"channel\":\"api\",\"priority\":\"normal\",\"tags\":[\"bench\"],"
                + "\"customFields\":{\"plan\":\"pro\"}}";
        return new Command("POST", "/api/v1/tickets", body, null, null);
    }

    Command patch(SplittableRandom rnd, Ticket t) {
        t.priority = (t.priority + 1 + rnd.nextInt(3)) % 4;
        t.pending = !t.pending;
        String body = "{\"priority\":\"" + PRIORITIES[t.priority] + "\",\"status\":\""
                + (t.pending ? "pending" : "open") + "\",\"assigneeId\":\"" + agents.get(rnd.nextInt(agents.size()))
                + "\"}";
        return new Command("PATCH", "/api/v1/tickets/" + t.id, body, String.valueOf(t.version), t);
    }

    Command message(SplittableRandom rnd, Ticket t) {
        String kind = rnd.nextBoolean() ? "public-reply" : "internal-note";
        String body = "{\"kind\":\"" + kind + "\",\"body\":\"" + Texts.body(rnd) + "\",\"authorId\":\""
                + agents.get(rnd.nextInt(agents.size())) + "\"}";
        return new Command("POST", "/api/v1/tickets/" + t.id + "/messages", body, null, t);
    }

    /** Applies a successful answer: a created ticket joins the client's tickets; versions move on. */
    static String apply(Command c, HttpResponse<String> response, List<Ticket> tickets) throws Exception {
        JsonNode json = Api.json(response);
        String id = c.ticket() == null ? json.path("id").asText() : c.ticket().id;
        long version = json.path("version").asLong();
        if (c.ticket() == null) {
            Ticket t = new Ticket(id, version);
            if (tickets != null) {
                tickets.add(t);
            }
        } else {
            c.ticket().version = Math.max(c.ticket().version, version);
        }
        return id + ":" + version;
    }
}
