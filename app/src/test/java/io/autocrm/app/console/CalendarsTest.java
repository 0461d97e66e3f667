package io.autocrm.app.console;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.Api.Response;
import io.autocrm.app.support.AppTest;
import io.autocrm.command.calendar.BusinessCalendars;
import io.autocrm.command.calendar.Shifts;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CalendarId;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Calendars through the assembled application: problem details with their codes for every refusal, the version as
 * ETag, and what the API writes is what routing and SLAs read ({@link BusinessCalendars}, {@link Shifts}).
 */
@AppTest
class CalendarsTest {

    @LocalServerPort
    int port;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    Shifts shifts;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void refusesBadCalendarsWithProblemDetails() {
        assertProblem(api.post("/api/v1/calendars", body(" ", "UTC", List.of())), 400, "validation-failed");
        assertProblem(api.post("/api/v1/calendars", Map.of("name", "x", "timeZone", "UTC", "weeklyHours", Map.of(),
                "colour", "red")), 400, "malformed-request");
        assertProblem(api.post("/api/v1/calendars", body("Bad date " + UUID.randomUUID(), "UTC",
                List.of(json("date", "2026-13-45", "name", "Never")))), 400, "malformed-request");
        assertProblem(api.post("/api/v1/calendars", body("Zone " + UUID.randomUUID(), "Europe/Atlantis", List.of())),
                422, "unknown-time-zone");
        assertProblem(api.get("/api/v1/calendars/not-an-id"), 404, "calendar-not-found");
        assertProblem(api.get("/api/v1/calendars/" + UUID.randomUUID() + "/preview"), 404, "calendar-not-found");
    }

    @Test
    void writesWhatRoutingAndSlasRead() {
        Response created = api.post("/api/v1/calendars", body("Berlin " + UUID.randomUUID(), "Europe/Berlin",
                List.of(json("date", "2026-12-28", "name", "Bridge day"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        String id = created.json().get("id").asString();
        assertProblem(api.get("/api/v1/calendars/" + id + "/preview?from=yesterday"), 400, "validation-failed");
        Response preview = api.get("/api/v1/calendars/" + id + "/preview?from=2026-12-24T16:30:00Z&hours=1");
        assertThat(preview.json().get("due").get("at").asString()).isEqualTo("2026-12-29T09:00:00Z");
        assertThat(calendars.find(CalendarId.of(id)).orElseThrow().isOpen(Instant.parse("2026-12-28T09:00:00Z")))
                .as("the bridge day is closed").isFalse();

        String agent = api.post("/api/v1/agents", json("name", "Shift " + UUID.randomUUID(),
                "email", UUID.randomUUID() + "@calendars.example")).json().get("id").asString();
        Response scheduled = api.send(api.request("/api/v1/agents/" + agent + "/schedule")
                .PUT(BodyPublishers.ofString("{\"timeZone\": \"Europe/Berlin\", \"scheduleCalendarId\": \"" + id + "\"}"))
                .header("Content-Type", "application/json"));
        assertThat(scheduled.status()).isEqualTo(200);
        assertThat(shifts.onShift(new AgentId(UUID.fromString(agent)), null, Instant.parse("2026-12-29T08:30:00Z")))
                .isTrue();
        assertThat(shifts.onShift(new AgentId(UUID.fromString(agent)), null, Instant.parse("2026-12-29T17:30:00Z")))
                .isFalse();

        Response refused = api.send(api.request("/api/v1/calendars/" + id).DELETE());
        assertProblem(refused, 409, "calendar-in-use");
        assertThat(refused.json().get("detail").asString()).contains("working schedule of 1 agent");
    }

    private static Map<String, Object> body(String name, String zone, List<Map<String, Object>> holidays) {
        return json("name", name, "timeZone", zone, "weeklyHours", json("monday", List.of("09:00-17:00"),
                "tuesday", List.of("09:00-17:00"), "thursday", List.of("09:00-17:00")), "holidays", holidays);
    }

    private static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo(code);
    }
}
