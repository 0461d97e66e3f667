package io.autocrm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the app accepts generated data: after the rebuild it serves generated tickets' detail and events
 * (including the longest ticket) and takes a conditional change of one with its If-Match version.
 */
final class Validation {

    private Validation() {
    }

    static void run(App app, Pg pg, Report report) throws Exception {
        Report.heading("Validation of the generated data through the API");
        List<String> ids = new ArrayList<>();
        ids.add(pg.queryString("SELECT aggregate_identifier FROM events.domain_event_entry WHERE type = 'Ticket' "
                + "GROUP BY aggregate_identifier ORDER BY count(*) DESC LIMIT 1"));
        ids.add(pg.queryString("SELECT ticket_id::text FROM read_model.ticket ORDER BY number LIMIT 1"));
        ids.add(pg.queryString("SELECT ticket_id::text FROM read_model.ticket ORDER BY number DESC LIMIT 1"));
        String open = pg.queryString("SELECT ticket_id::text FROM read_model.ticket WHERE status_category = 'open' "
                + "ORDER BY number DESC LIMIT 1");
        ids.add(open);
        long expectedTickets = pg.queryLong("SELECT count(DISTINCT aggregate_identifier) FROM "
                + "events.domain_event_entry WHERE type = 'Ticket'");
        long projected = pg.queryLong("SELECT count(*) FROM read_model.ticket");
        check(projected == expectedTickets, "read_model.ticket holds " + projected + " of " + expectedTickets);
        for (String id : ids) {
            JsonNode detail = Api.ok(app.api().get("/api/v1/tickets/" + id));
            long storeVersion = pg.queryLong("SELECT max(sequence_number) + 1 FROM events.domain_event_entry "
                    + "WHERE aggregate_identifier = '" + id + "'");
            check(detail.path("version").asLong() == storeVersion, "ticket " + id + " version "
                    + detail.path("version") + " != " + storeVersion);
            JsonNode events = Api.ok(app.api().get("/api/v1/tickets/" + id + "/events"));
            JsonNode list = events.isArray() ? events : events.path("items");
            check(list.size() > 0, "no events for " + id);
            System.out.printf("  ticket #%s: version %d, %d events listed, detail OK%n",
                    detail.path("number").asText(), storeVersion, list.size());
        }
        JsonNode detail = Api.ok(app.api().get("/api/v1/tickets/" + open));
        String priority = "urgent".equals(detail.path("priority").asText()) ? "low" : "urgent";
        HttpResponse<String> patched = app.api().send("PATCH", "/api/v1/tickets/" + open,
                "{\"priority\":\"" + priority + "\",\"addTags\":[\"bench-validated\"]}",
                detail.path("version").asText());
        JsonNode result = Api.ok(patched);
        check(result.path("version").asLong() == detail.path("version").asLong() + 2,
                "PATCH answered " + patched.body());
        System.out.printf("  PATCH with If-Match \"%d\" -> %d, version %d%n", detail.path("version").asLong(),
                patched.statusCode(), result.path("version").asLong());
        report.section("generate").put("validated", true);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("validation failed: " + message);
        }
    }
}
