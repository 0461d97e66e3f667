package io.autocrm.app.workspace;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** One change for many tickets: each ticket by its own command with its version, each with its own result. */
@AppTest
class BulkChangesTest {

    @LocalServerPort
    int port;

    @Test
    void appliesConflictsAndRefusesTicketByTicketInRequestOrder() {
        Api api = new Api(port);
        String agent = Agents.create(api, "Bulk Agent", "agent");
        String customer = api.post("/api/v1/customers", json("name", "Bulk", "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        JsonNode assigned = ticket(api, customer, agent);
        JsonNode stale = ticket(api, customer, agent);
        JsonNode unassigned = ticket(api, customer, null);
        long moved = api.patch("/api/v1/tickets/" + stale.get("id").asString(), json("priority", "low"))
                .json().get("version").asLong();
        String unknown = UUID.randomUUID().toString();

        Api.Response response = api.post("/api/v1/tickets/bulk", json("tickets", List.of(
                target(assigned), target(stale), target(unassigned), Map.of("id", unknown)),
                "changes", json("status", "solved", "addTags", List.of("bulk"))));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0).get("id").asString()).isEqualTo(assigned.get("id").asString());
        assertThat(results.get(0).get("outcome").asString()).isEqualTo("applied");
        assertThat(results.get(0).get("version").asLong()).isGreaterThan(assigned.get("version").asLong());
        assertThat(results.get(1).get("outcome").asString()).isEqualTo("conflict");
        assertThat(results.get(1).get("version").asLong()).as("the current version").isEqualTo(moved);
        assertThat(results.get(1).get("problem").get("code").asString()).isEqualTo("version-conflict");
        assertThat(results.get(2).get("outcome").asString()).isEqualTo("refused");
        assertThat(results.get(2).get("problem").get("status").asInt()).isEqualTo(422);
        assertThat(results.get(2).get("problem").get("code").asString()).isEqualTo("solved-ticket-needs-assignee");
        assertThat(results.get(3).get("outcome").asString()).isEqualTo("refused");
        assertThat(results.get(3).get("problem").get("code").asString()).isEqualTo("ticket-not-found");

        long applied = results.get(0).get("version").asLong();
        JsonNode solved = api.get("/api/v1/tickets/" + assigned.get("id").asString() + "?minVersion=" + applied).json();
        assertThat(solved.get("status").get("category").asString()).isEqualTo("solved");
        assertThat(solved.get("tags").toString()).contains("bulk");
        JsonNode untouched = api.get("/api/v1/tickets/" + unassigned.get("id").asString() + "?minVersion=1").json();
        assertThat(untouched.get("version").asLong()).as("nothing half-written").isEqualTo(
                unassigned.get("version").asLong());
        assertThat(untouched.get("tags").toString()).doesNotContain("bulk");
    }

    @Test
    void refusesAMalformedRequestWhole() {
        Api api = new Api(port);
        String customer = api.post("/api/v1/customers", json("name", "Bulk", "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        JsonNode one = ticket(api, customer, null);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(Map.of("id", UUID.randomUUID().toString()));
        }
        for (Map<String, Object> body : List.of(
                json("tickets", List.of(target(one), target(one)), "changes", json("priority", "high")),
                json("tickets", List.of(Map.of("id", "not-a-ticket")), "changes", json("priority", "high")),
                json("tickets", List.of(), "changes", json("priority", "high")),
                json("tickets", tooMany, "changes", json("priority", "high")),
                json("tickets", List.of(target(one)), "changes", json("priority", "critical")))) {
            Api.Response response = api.post("/api/v1/tickets/bulk", body);
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
        }
        assertThat(api.get("/api/v1/tickets/" + one.get("id").asString() + "?minVersion=1").json().get("version")
                .asLong()).isEqualTo(one.get("version").asLong());
    }

    private static JsonNode ticket(Api api, String customer, String assignee) {
        Map<String, Object> body = new java.util.HashMap<>(json("subject", "Bulk", "description", "Hi",
                "requesterId", customer));
        if (assignee != null) {
            body.put("assigneeId", assignee);
        }
        return api.post("/api/v1/tickets", body).json();
    }

    private static Map<String, Object> target(JsonNode ticket) {
        return Map.of("id", ticket.get("id").asString(), "version", ticket.get("version").asLong());
    }
}
