package io.autocrm.app.console;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.Api.Response;
import io.autocrm.app.support.AppTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The changes the admin console makes through HTTP: renaming teams and agents, ordering, rebuild progress. */
@AppTest
class ConsoleAdministrationTest {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void renamesATeamAndRefusesBlankTakenAndUnknownNames() {
        String name = "Billing " + UUID.randomUUID();
        String taken = "Refunds " + UUID.randomUUID();
        String id = api.post("/api/v1/teams", json("name", name)).json().get("id").asString();
        api.post("/api/v1/teams", json("name", taken));

        Response renamed = api.patch("/api/v1/teams/" + id, json("name", "  Invoices " + id + " "));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Invoices " + id);

        assertProblem(api.patch("/api/v1/teams/" + id, json("name", " ")), 400, "validation-failed");
        assertProblem(api.patch("/api/v1/teams/" + id, json("name", taken.toUpperCase())), 409, "duplicate-definition");
        assertProblem(api.patch("/api/v1/teams/" + UUID.randomUUID(), json("name", "Nobody")), 404, "not-found");
        assertProblem(api.patch("/api/v1/teams/not-an-id", json("name", "Nobody")), 404, "not-found");
    }

    @Test
    void renamesAnAgentAndTakesThemOffDuty() {
        String id = api.post("/api/v1/agents", json("name", "Mary", "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        Response off = api.patch("/api/v1/agents/" + id, json("name", "Mary Jackson", "active", false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("name").asString()).isEqualTo("Mary Jackson");
        assertThat(off.json().get("active").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/agents/" + id).json().get("active").asBoolean()).isFalse();

        assertProblem(api.patch("/api/v1/agents/" + id, json("name", "  ")), 400, "validation-failed");
        assertProblem(api.patch("/api/v1/agents/" + id, json("shoeSize", 42)), 400, null);
        assertProblem(api.patch("/api/v1/agents/" + UUID.randomUUID(), json("active", true)), 404, "not-found");
    }

    @Test
    void ordersStatusesAndFieldsAndRefusesPositionsOutOfRange() {
        String key = "s-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/statuses", json("key", key, "label", "Waiting", "category", "pending"));
        Response moved = api.patch("/api/v1/statuses/" + key, json("position", 25));
        assertThat(moved.json().get("position").asInt()).as(moved.toString()).isEqualTo(25);
        assertProblem(api.patch("/api/v1/statuses/" + key, json("position", -3)), 400, "validation-failed");

        String field = "f_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        api.post("/api/v1/custom-fields", json("key", field, "label", "Region", "type", "text"));
        assertThat(api.patch("/api/v1/custom-fields/" + field, json("position", 5)).json().get("position").asInt())
                .isEqualTo(5);
        assertProblem(api.patch("/api/v1/custom-fields/" + field, json("position", 10_001)), 400, "validation-failed");
    }

    @Test
    void reportsEachProcessorsLagAndTimeLeft() {
        Response progress = api.get("/api/v1/admin/read-models");
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.json().size()).isPositive();
        for (JsonNode processor : progress.json()) {
            long head = processor.get("head").asLong();
            long position = processor.get("position").isNull() ? 0 : processor.get("position").asLong();
            assertThat(processor.get("lag").asLong()).as(processor.toString()).isEqualTo(Math.max(0, head - position));
            assertThat(processor.has("eventsPerSecond")).isTrue();
            assertThat(processor.has("secondsLeft")).isTrue();
        }
    }

    private static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        if (code != null) {
            assertThat(r.json().get("code").asString()).isEqualTo(code);
        }
    }
}
