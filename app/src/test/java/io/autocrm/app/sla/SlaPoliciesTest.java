package io.autocrm.app.sla;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * SLA policies through the API: the first matching policy applies to a new ticket with the targets of its priority,
 * a changed priority re-measures it, an agent's public reply fulfils its first-reply target, and a policy's conditions
 * test what a ticket is (time and change conditions are refused, nothing saved). Each policy here matches only this
 * test's tag, so the other tests' tickets sharing the application never meet it.
 */
@AppTest
class SlaPoliciesTest {

    @LocalServerPort
    int port;
    Api api;
    String tag;
    String customerId;
    final List<String> policies = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tag = "sla" + UUID.randomUUID().toString().substring(0, 8);
        customerId = api.post("/api/v1/customers", json("name", "Petra Policy", "email",
                UUID.randomUUID() + "@example.com")).json().get("id").asString();
    }

    @AfterEach
    void deletePolicies() {
        policies.forEach(id -> api.send(api.request("/api/v1/sla-policies/" + id).DELETE()));
    }

    @Test
    void appliesToANewTicketReMeasuresOnAPriorityChangeAndIsFulfilledByAReply() {
        String policy = policy("Tagged " + tag, json("all", List.of(json("field", "tags", "operator", "includes-any",
                "values", List.of(tag)))));
        String ticket = api.post("/api/v1/tickets", json("subject", "Measure me", "description", "Please",
                "requesterId", customerId, "tags", List.of(tag))).json().get("id").asString();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode sla = api.get("/api/v1/tickets/" + ticket + "/sla").json();
            assertThat(sla.get("policyId").asString()).isEqualTo(policy);
            assertThat(minutesOf(sla)).containsExactly(240L);
        });
        assertThat(slaEvents(ticket)).containsExactly("SlaPolicyAppliedEvent", "SlaClockChangedEvent");

        api.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "customer-message", "body", "Any news?"));
        api.patch("/api/v1/tickets/" + ticket, json("priority", "urgent"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(minutesOf(api.get("/api/v1/tickets/" + ticket + "/sla").json()))
                        .as("the urgent target replaces the normal one").contains(30L));
        List<String> events = slaEvents(ticket);
        assertThat(events.stream().filter("SlaPolicyAppliedEvent"::equals))
                .as("measured at creation and at the priority change: " + events).hasSize(2);

        String agent = api.post("/api/v1/agents", json("name", "Sam Replier", "email",
                UUID.randomUUID() + "@example.com")).json().get("id").asString();
        api.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply", "body", "On it",
                "authorId", agent));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/tickets/" + ticket + "/sla").json().get("targets").valueStream()
                        .filter(t -> t.get("metric").asString().equals("first-reply-time"))
                        .map(t -> t.get("state").asString())).as("the reply fulfils the target").contains("fulfilled"));
    }

    @Test
    void refusesTimeAndChangeConditionsAndSavesNothing() {
        for (String field : List.of("hours-since-created", "update")) {
            Object condition = field.equals("update")
                    ? json("field", field, "operator", "is", "values", List.of("created"))
                    : json("field", field, "operator", "greater-than", "values", List.of("4"));
            String name = "Refused " + tag + " " + field;
            Api.Response refused = api.post("/api/v1/sla-policies", body(name, json("all", List.of(condition))));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("code").asString()).isEqualTo("validation-failed");
            assertThat(refused.json().get("detail").asString()).contains(field);
            assertThat(api.get("/api/v1/sla-policies").json().get("items").valueStream()
                    .map(p -> p.get("name").asString())).doesNotContain(name);
        }
    }

    private String policy(String name, Object conditions) {
        Api.Response created = api.post("/api/v1/sla-policies", body(name, conditions));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        policies.add(id);
        return id;
    }

    private static Object body(String name, Object conditions) {
        return json("name", name, "conditions", conditions, "targets", List.of(
                json("priority", "normal", "metric", "first-reply-time", "minutes", 240, "businessHours", false),
                json("priority", "urgent", "metric", "first-reply-time", "minutes", 30, "businessHours", false)));
    }

    private static List<Long> minutesOf(JsonNode sla) {
        return sla.get("targets").valueStream().filter(t -> t.get("state").asString().equals("running"))
                .map(t -> t.get("targetMinutes").asLong()).toList();
    }

    private List<String> slaEvents(String ticket) {
        return api.get("/api/v1/tickets/" + ticket + "/events").json().valueStream()
                .map(e -> e.get("type").asString()).map(type -> type.substring(type.lastIndexOf('.') + 1))
                .filter(type -> type.startsWith("Sla")).toList();
    }
}
