package io.autocrm.app.routing;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Routing rules: kept by admins in order and in versions, applied by the routing process manager to tickets as they
 * are created (the rule and its version named as the cause in the audit trail), never overruling what a person
 * changed since, and tried in a dry run that explains and writes nothing.
 */
@AppTest
class RoutingTest {

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    Api api;
    Api agent;
    String marker;
    String customerId;
    final List<String> rules = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String agentId = api.post("/api/v1/agents", json("name", "Ann Routing", "email",
                UUID.randomUUID() + "@example.com")).json().get("id").asString();
        assertThat(api.post("/api/v1/users", json("id", agentId, "role", "agent", "password", "routing-password-01"))
                .status()).isEqualTo(201);
        agent = api.as(new Tokens(keys, port).forUser(UUID.fromString(agentId), "agent"));
        marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        customerId = api.post("/api/v1/customers", json("name", "Rhea Router", "email",
                UUID.randomUUID() + "@example.com")).json().get("id").asString();
    }

    @AfterEach
    void deleteRules() {
        rules.forEach(id -> api.send(api.request("/api/v1/routing-rules/" + id).DELETE()));
    }

    @Test
    void routesANewTicketAndNamesTheRuleAndVersionInItsHistory() {
        String billing = team("Billing " + marker);
        String rule = createRule(rule("Invoices " + marker, json("teamId", billing, "priority", "high",
                "addTags", List.of("billing"), "requireSkills", List.of(json("skill", "billing", "level", 2)))));

        String ticket = ticket("Invoice " + marker + " is wrong");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode routed = api.get("/api/v1/tickets/" + ticket).json();
            assertThat(teamOf(routed)).isEqualTo(billing);
            assertThat(routed.get("priority").asString()).isEqualTo("high");
            assertThat(tags(routed)).contains("billing");
            assertThat(viaRule(ticket)).extracting(e -> e.get("eventType").asString())
                    .contains("TicketSkillsRequiredEvent", "TicketTeamAssignedEvent");
        });
        viaRule(ticket).forEach(entry -> {
            assertThat(entry.get("cause").get("id").asString()).isEqualTo(rule);
            assertThat(entry.get("cause").get("version").asInt()).isEqualTo(1);
            assertThat(entry.get("cause").get("name").asString()).isEqualTo("Invoices " + marker);
            assertThat(entry.get("actor").get("type").asString()).isEqualTo("system");
        });
    }

    @Test
    void neverOverrulesWhatAPersonChangedAfterRouting() {
        String billing = team("Billing " + marker);
        String support = team("Support " + marker);
        String rule = createRule(rule("Invoices " + marker, json("teamId", billing, "addTags", List.of("billing"))));
        String ticket = ticket("Invoice " + marker);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                teamOf(api.get("/api/v1/tickets/" + ticket).json())).isEqualTo(billing));

        JsonNode routed = api.get("/api/v1/tickets/" + ticket).json();
        Api.Response moved = agent.patch("/api/v1/tickets/" + ticket, json("teamId", support,
                "removeTags", List.of("billing")), "If-Match", "\"" + routed.get("version").asLong() + "\"");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        // Version 2 of the rule also adds a tag; the person's later change makes routing look again.
        Api.Response v2 = put("/api/v1/routing-rules/" + rule, rule("Invoices " + marker, json("teamId", billing,
                "addTags", List.of("billing", "invoice"))), "\"1\"");
        assertThat(v2.status()).as(v2.toString()).isEqualTo(200);
        assertThat(v2.header("ETag")).isEqualTo("\"2\"");
        assertThat(agent.patch("/api/v1/tickets/" + ticket, json("type", "task")).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(tags(api.get("/api/v1/tickets/"
                + ticket).json())).contains("invoice"));
        JsonNode after = api.get("/api/v1/tickets/" + ticket).json();
        assertThat(teamOf(after)).as("the person's team stays").isEqualTo(support);
        assertThat(tags(after)).as("the tag the person removed stays removed").doesNotContain("billing");
        assertThat(after.get("type").asString()).isEqualTo("task");
        assertThat(viaRule(ticket).getLast().get("cause").get("version").asInt()).isEqualTo(2);
        JsonNode versions = api.get("/api/v1/routing-rules/" + rule + "/versions").json().get("items");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("actions").get("addTags")).hasSize(1);
    }

    @Test
    void dryRunExplainsPerTicketAndWritesNothing() {
        String billing = team("Billing " + marker);
        String ticket = ticket("Refund " + marker + " please");
        String other = ticket("Password reset " + marker);
        long version = api.get("/api/v1/tickets/" + ticket + "?minVersion=1").json().get("version").asLong();
        int before = api.get("/api/v1/routing-rules").json().get("items").size();

        Api.Response run = api.post("/api/v1/routing-rules/dry-run", json("limit", 20, "rules", List.of(
                json("name", "Urgent", "enabled", true, "conditions", json("all", List.of(json("field", "priority",
                        "operator", "is", "values", List.of("urgent")))), "actions", json("priority", "high")),
                rule("Refunds", json("teamId", billing, "addTags", List.of("billing"))))));

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode results = run.json().get("results");
        JsonNode refund = find(results, ticket);
        assertThat(refund.get("matchedRule").get("name").asString()).isEqualTo("Refunds");
        assertThat(refund.get("changes").toString()).contains(billing).contains("+billing");
        assertThat(refund.get("tried")).hasSize(2);
        assertThat(refund.get("tried").get(0).get("failures").get(0).asString())
                .isEqualTo("not priority is urgent (priority is normal)");
        assertThat(refund.get("tried").get(1).get("conditions").get(0).get("actual").asString())
                .contains("mentions 'refund " + marker + "'");
        assertThat(find(results, other).get("matchedRule").isNull()).isTrue();

        assertThat(api.get("/api/v1/routing-rules").json().get("items").size()).isEqualTo(before);
        assertThat(api.get("/api/v1/tickets/" + ticket).json().get("version").asLong()).isEqualTo(version);
        assertThat(api.get("/api/v1/tickets/" + ticket).json().get("team").isNull()).isTrue();
    }

    @Test
    void refusesBadRulesStaleEditsAndNonAdminsWithStableCodes() {
        Map<String, Map<String, Object>> bad = Map.of(
                "team-not-found", rule("Bad", json("teamId", UUID.randomUUID().toString())),
                "validation-failed", json("name", "Bad", "enabled", true, "conditions", json("all", List.of(
                        json("field", "shoe-size", "operator", "is", "values", List.of("9")))),
                        "actions", json("priority", "high")));
        bad.forEach((code, body) -> {
            Api.Response refused = api.post("/api/v1/routing-rules", body);
            assertThat(refused.status()).as(refused.toString()).isIn(400, 422);
            assertThat(refused.json().get("code").asString()).isEqualTo(code);
        });
        assertThat(api.post("/api/v1/routing-rules", rule("Nothing", json())).json().get("code").asString())
                .isEqualTo("validation-failed");
        assertThat(api.post("/api/v1/routing-rules", rule("Bad skill", json("requireSkills",
                List.of(json("skill", "Billing!", "level", 2))))).json().get("code").asString())
                .isEqualTo("validation-failed");

        String first = createRule(rule("First " + marker, json("priority", "high")));
        String second = createRule(rule("Second " + marker, json("priority", "low")));
        Api.Response stale = put("/api/v1/routing-rules/" + first, rule("First", json("priority", "low")), "\"7\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("version-conflict");
        Api.Response missing = api.get("/api/v1/routing-rules/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("routing-rule-not-found");

        List<String> order = new ArrayList<>();
        api.get("/api/v1/routing-rules").json().get("items").forEach(r -> order.add(r.get("id").asString()));
        assertThat(order).containsSubsequence(first, second);
        Api.Response partial = put("/api/v1/routing-rules/order", json("ids", List.of(second)), null);
        assertThat(partial.json().get("code").asString()).isEqualTo("version-conflict");
        List<String> reversed = new ArrayList<>(order.reversed());
        Api.Response reordered = put("/api/v1/routing-rules/order", json("ids", reversed), null);
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        List<String> now = new ArrayList<>();
        reordered.json().get("items").forEach(r -> now.add(r.get("id").asString()));
        assertThat(now).containsSubsequence(second, first);

        Api.Response forAgent = agent.get("/api/v1/routing-rules");
        assertThat(forAgent.status()).isEqualTo(403);
        assertThat(forAgent.json().get("code").asString()).isEqualTo("forbidden");
    }

    private String team(String name) {
        return api.post("/api/v1/teams", json("name", name)).json().get("id").asString();
    }

    private String ticket(String subject) {
        Api.Response created = api.post("/api/v1/tickets", json("subject", subject, "description", "Please help",
                "requesterId", customerId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Map<String, Object> rule(String name, Map<String, Object> actions) {
        return json("name", name, "enabled", true, "conditions", json("all", List.of(json("field", "subject",
                "operator", "contains", "values", List.of(name.contains(marker) ? marker : "refund " + marker)))),
                "actions", actions);
    }

    private String createRule(Map<String, Object> body) {
        Api.Response created = api.post("/api/v1/routing-rules", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        String id = created.json().get("id").asString();
        rules.add(id);
        return id;
    }

    private Api.Response put(String path, Object body, String ifMatch) {
        var request = api.request(path).method("PUT", BodyPublishers.ofString(Api.JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    private List<JsonNode> viaRule(String ticket) {
        List<JsonNode> entries = new ArrayList<>();
        api.get("/api/v1/tickets/" + ticket + "/audit").json().forEach(e -> {
            if (e.get("cause") != null && !e.get("cause").isNull()
                    && e.get("cause").get("type").asString().equals("routing-rule")) {
                entries.add(e);
            }
        });
        return entries;
    }

    private static String teamOf(JsonNode ticket) {
        JsonNode team = ticket.get("team");
        return team == null || team.isNull() ? null : team.get("id").asString();
    }

    private static List<String> tags(JsonNode ticket) {
        List<String> tags = new ArrayList<>();
        ticket.get("tags").forEach(t -> tags.add(t.asString()));
        return tags;
    }

    private static JsonNode find(JsonNode results, String ticket) {
        for (JsonNode result : results) {
            if (result.get("ticketId").asString().equals(ticket)) {
                return result;
            }
        }
        throw new AssertionError("no dry-run result for " + ticket);
    }
}
