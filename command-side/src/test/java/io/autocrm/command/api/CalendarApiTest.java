package io.autocrm.command.api;

import static io.autocrm.command.api.ApiClient.postJson;
import static io.autocrm.command.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Business-hours calendars, agents' schedules and teams' coverage over HTTP on the assembled command side. */
@SpringJUnitWebConfig(CommandSideTestApplication.class)
class CalendarApiTest {

    private static final String OFFICE_WEEK = """
            {"monday": ["09:00-17:00"], "tuesday": ["09:00-17:00"], "wednesday": ["09:00-17:00"],
             "thursday": ["09:00-17:00"], "friday": ["09:00-17:00"]}""";

    @Autowired
    WebApplicationContext context;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(MockMvcBuilders.webAppContextSetup(context).build());
    }

    @Test
    void createsReadsAndReplacesACalendarConditionallyOnItsVersion() {
        MvcResult created = api.perform(postJson("/api/v1/calendars", calendar("Office " + UUID.randomUUID(),
                "Europe/London", OFFICE_WEEK, "[{\"date\": \"2026-12-25\", \"name\": \" Christmas Day \"}]", false)));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        String id = read(created, "$.id");
        assertThat((List<String>) read(created, "$.weeklyHours.monday")).containsExactly("09:00-17:00");
        assertThat((List<String>) read(created, "$.weeklyHours.saturday")).isEmpty();
        assertThat((String) read(created, "$.holidays[0].name")).isEqualTo("Christmas Day");
        assertThat((Boolean) read(created, "$.isDefault")).isFalse();

        MvcResult read = api.perform(get("/api/v1/calendars/" + id));
        assertThat(read.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat((String) read(read, "$.timeZone")).isEqualTo("Europe/London");
        assertThat((List<String>) read(api.perform(get("/api/v1/calendars")), "$.items[*].id")).contains(id);

        String split = "{\"monday\": [\"13:00-17:00\", \"08:00-12:00\"], \"saturday\": [\"10:00-24:00\"]}";
        MvcResult replaced = api.perform(putJson("/api/v1/calendars/" + id,
                calendar("Split shifts " + id, "America/New_York", split, "[]", false)).header("If-Match", "\"1\""));
        assertThat(replaced.getResponse().getStatus()).isEqualTo(200);
        assertThat(replaced.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat((List<String>) read(replaced, "$.weeklyHours.monday")).containsExactly("08:00-12:00",
                "13:00-17:00");
        assertThat((List<String>) read(replaced, "$.weeklyHours.saturday")).containsExactly("10:00-24:00");
        assertThat((Integer) read(replaced, "$.version")).isEqualTo(2);

        assertCode(putJson("/api/v1/calendars/" + id, calendar("Stale " + id, "UTC", OFFICE_WEEK, "[]", false))
                .header("If-Match", "\"1\""), 409, "version-conflict");
        assertCode(putJson("/api/v1/calendars/" + id, calendar("Bad " + id, "UTC", OFFICE_WEEK, "[]", false))
                .header("If-Match", "W/\"2\""), 400, "validation-failed");
        assertCode(putJson("/api/v1/calendars/" + UUID.randomUUID(), calendar("Gone", "UTC", OFFICE_WEEK, "[]",
                false)), 404, "calendar-not-found");
        assertCode(get("/api/v1/calendars/not-a-calendar"), 404, "calendar-not-found");
        assertThat((String) read(api.perform(get("/api/v1/calendars/" + id)), "$.name")).isEqualTo("Split shifts " + id);
    }

    @Test
    void refusesInvalidCalendarsWithStableCodes() {
        String name = "Checked " + UUID.randomUUID();
        assertCode(postJson("/api/v1/calendars", calendar(name, "Mars/Olympus_Mons", OFFICE_WEEK, "[]", false)), 422,
                "unknown-time-zone");
        assertCode(postJson("/api/v1/calendars", calendar(name, "+02:00", OFFICE_WEEK, "[]", false)), 422,
                "unknown-time-zone");
        assertCode(postJson("/api/v1/calendars", calendar(name, "UTC", "{\"monday\": [\"9-17\"]}", "[]", false)), 422,
                "invalid-business-hours");
        assertCode(postJson("/api/v1/calendars", calendar(name, "UTC", "{\"monday\": [\"17:00-09:00\"]}", "[]",
                false)), 422, "invalid-business-hours");
        assertCode(postJson("/api/v1/calendars", calendar(name, "UTC",
                "{\"monday\": [\"09:00-13:00\", \"12:00-17:00\"]}", "[]", false)), 422, "invalid-business-hours");
        assertCode(postJson("/api/v1/calendars", calendar(name, "UTC", "{\"funday\": [\"09:00-17:00\"]}", "[]",
                false)), 422, "invalid-business-hours");
        assertCode(postJson("/api/v1/calendars", calendar(name, "UTC", "{\"monday\": []}", "[]", false)), 422,
                "invalid-business-hours");
        assertCode(postJson("/api/v1/calendars", calendar(name, "UTC", OFFICE_WEEK,
                "[{\"date\": \"2026-12-25\", \"name\": \"A\"}, {\"date\": \"2026-12-25\", \"name\": \"B\"}]", false)),
                422, "invalid-business-hours");
        // Bean validation and unknown properties: 400 (validation-failed, malformed-request in the application).
        assertStatus(postJson("/api/v1/calendars", calendar(name, "UTC", OFFICE_WEEK,
                "[{\"date\": \"2026-12-25\", \"name\": \" \"}]", false)), 400);
        assertStatus(postJson("/api/v1/calendars", calendar(" ", "UTC", OFFICE_WEEK, "[]", false)), 400);
        assertStatus(postJson("/api/v1/calendars", "{\"name\": \"x\", \"timeZone\": \"UTC\", \"weeklyHours\": {},"
                + " \"colour\": \"red\"}"), 400);

        assertThat(api.perform(postJson("/api/v1/calendars", calendar(name, "UTC", OFFICE_WEEK, "[]", false)))
                .getResponse().getStatus()).isEqualTo(201);
        assertCode(postJson("/api/v1/calendars", calendar(name.toUpperCase(), "UTC", OFFICE_WEEK, "[]", false)), 409,
                "duplicate-definition");
        assertThat((List<String>) read(api.perform(get("/api/v1/calendars/time-zones")), "$.items"))
                .contains("Europe/London", "America/New_York", "UTC").doesNotContain("US/Eastern", "EST5EDT");
    }

    @Test
    void keepsAtMostOneDefaultCalendar() {
        String first = read(api.perform(postJson("/api/v1/calendars", calendar("First default " + UUID.randomUUID(),
                "UTC", OFFICE_WEEK, "[]", true))), "$.id");
        String second = read(api.perform(postJson("/api/v1/calendars", calendar("Second default " + UUID.randomUUID(),
                "UTC", OFFICE_WEEK, "[]", true))), "$.id");
        assertThat(defaults()).containsExactly(second);
        MvcResult firstNow = api.perform(get("/api/v1/calendars/" + first));
        assertThat((Boolean) read(firstNow, "$.isDefault")).isFalse();
        assertThat(firstNow.getResponse().getHeader("ETag")).isEqualTo("\"2\"");

        api.perform(putJson("/api/v1/calendars/" + first, calendar("First again " + first, "UTC", OFFICE_WEEK, "[]",
                true)).header("If-Match", "\"2\""));
        assertThat(defaults()).containsExactly(first);
        assertCode(delete("/api/v1/calendars/" + first), 409, "calendar-in-use");
    }

    @Test
    void refusesToDeleteACalendarWhileAnAgentOrATeamWorksOnIt() {
        String calendar = read(api.perform(postJson("/api/v1/calendars", calendar("In use " + UUID.randomUUID(),
                "Europe/London", OFFICE_WEEK, "[]", false))), "$.id");
        String agent = api.agent();
        String team = read(api.perform(postJson("/api/v1/teams", "{\"name\": \"Team " + UUID.randomUUID() + "\"}")),
                "$.id");

        MvcResult scheduled = api.perform(putJson("/api/v1/agents/" + agent + "/schedule",
                "{\"timeZone\": \"Europe/Berlin\", \"scheduleCalendarId\": \"" + calendar + "\"}"));
        assertThat(scheduled.getResponse().getStatus()).isEqualTo(200);
        assertThat((String) read(scheduled, "$.timeZone")).isEqualTo("Europe/Berlin");
        assertThat((String) read(scheduled, "$.scheduleCalendarId")).isEqualTo(calendar);
        MvcResult covered = api.perform(putJson("/api/v1/teams/" + team + "/coverage",
                "{\"coverageCalendarId\": \"" + calendar + "\"}"));
        assertThat((String) read(covered, "$.coverageCalendarId")).isEqualTo(calendar);
        MvcResult used = api.perform(get("/api/v1/calendars/" + calendar));
        assertThat((Integer) read(used, "$.agents")).isEqualTo(1);
        assertThat((Integer) read(used, "$.teams")).isEqualTo(1);
        assertThat((List<String>) read(api.perform(get("/api/v1/calendars/schedules")),
                "$.teams[?(@.id == '" + team + "')].coverageCalendarId")).containsExactly(calendar);

        MvcResult refused = api.perform(delete("/api/v1/calendars/" + calendar));
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(refused, "$.code")).isEqualTo("calendar-in-use");
        assertThat((String) read(refused, "$.detail")).contains("1 agent", "1 team");

        api.perform(putJson("/api/v1/agents/" + agent + "/schedule", "{\"timeZone\": \"Europe/Berlin\"}"));
        assertCode(delete("/api/v1/calendars/" + calendar), 409, "calendar-in-use");
        api.perform(putJson("/api/v1/teams/" + team + "/coverage", "{\"coverageCalendarId\": null}"));
        assertCode(delete("/api/v1/calendars/" + calendar).header("If-Match", "\"9\""), 409, "version-conflict");
        assertThat(api.perform(delete("/api/v1/calendars/" + calendar)).getResponse().getStatus()).isEqualTo(204);
        assertCode(get("/api/v1/calendars/" + calendar), 404, "calendar-not-found");
        assertThat((String) read(api.perform(get("/api/v1/agents/" + agent + "/schedule")), "$.timeZone"))
                .isEqualTo("Europe/Berlin");
    }

    @Test
    void refusesSchedulesNamingUnknownCalendarsZonesOrPeople() {
        String agent = api.agent();
        assertCode(putJson("/api/v1/agents/" + agent + "/schedule",
                "{\"scheduleCalendarId\": \"" + UUID.randomUUID() + "\"}"), 422, "unknown-calendar");
        assertCode(putJson("/api/v1/agents/" + agent + "/schedule", "{\"scheduleCalendarId\": \"monday\"}"), 400,
                "validation-failed");
        assertCode(putJson("/api/v1/agents/" + agent + "/schedule", "{\"timeZone\": \"Europe/Atlantis\"}"), 422,
                "unknown-time-zone");
        assertCode(putJson("/api/v1/agents/" + UUID.randomUUID() + "/schedule", "{}"), 404, "not-found");
        assertCode(putJson("/api/v1/teams/" + UUID.randomUUID() + "/coverage", "{}"), 404, "not-found");
        assertThat((String) read(api.perform(get("/api/v1/agents/" + agent + "/schedule")), "$.timeZone")).isNull();
    }

    @Test
    void previewsDueTimesAcrossAWeekendAHolidayAndADaylightSavingChange() {
        String id = read(api.perform(postJson("/api/v1/calendars", calendar("Preview " + UUID.randomUUID(),
                "Europe/London", OFFICE_WEEK, """
                        [{"date": "2026-12-25", "name": "Christmas Day"}, {"date": "2026-12-28", "name": "Boxing Day"},
                         {"date": "2026-12-26", "name": "A Saturday"}]""", false))), "$.id");
        String preview = "/api/v1/calendars/" + id + "/preview";

        // Friday 16:00 + 8 business hours: 1 on Friday, 7 on Monday.
        MvcResult weekend = api.perform(get(preview + "?from=2026-03-06T16:00:00Z&hours=8"));
        assertThat((String) read(weekend, "$.due.at")).isEqualTo("2026-03-09T16:00:00Z");
        assertThat((Boolean) read(weekend, "$.openAtFrom")).isTrue();
        assertThat((List<?>) read(weekend, "$.due.holidaysSkipped")).isEmpty();

        // Thursday 24 December 16:00 + 2 hours: Christmas (Friday), the weekend and Boxing Day (Monday) are closed.
        MvcResult holiday = api.perform(get(preview + "?from=2026-12-24T16:00:00Z&hours=2"));
        assertThat((String) read(holiday, "$.due.at")).isEqualTo("2026-12-29T10:00:00Z");
        assertThat((List<String>) read(holiday, "$.due.holidaysSkipped[*].name"))
                .containsExactly("Christmas Day", "Boxing Day");

        // The clocks go forward on Sunday 29 March 2026: Monday 09:00 in London is 08:00 UTC.
        MvcResult dst = api.perform(get(preview + "?from=2026-03-27T16:00:00Z&hours=2"));
        assertThat((String) read(dst, "$.due.at")).isEqualTo("2026-03-30T09:00:00Z");
        assertThat((String) read(dst, "$.nextOpening")).isEqualTo("2026-03-27T16:00:00Z");

        MvcResult between = api.perform(get(preview + "?from=2026-03-06T12:00:00Z&to=2026-03-09T12:00:00Z"));
        assertThat((Integer) read(between, "$.between.businessMinutes")).isEqualTo(8 * 60);
        assertThat((Object) read(between, "$.due")).isNull();

        MvcResult saturday = api.perform(get(preview + "?from=2026-10-31T12:00:00Z&openings=2"));
        assertThat((Boolean) read(saturday, "$.openAtFrom")).isFalse();
        assertThat((String) read(saturday, "$.nextOpening")).isEqualTo("2026-11-02T09:00:00Z");
        assertThat((List<String>) read(saturday, "$.openings[*].start"))
                .containsExactly("2026-11-02T09:00:00Z", "2026-11-03T09:00:00Z");

        assertCode(get(preview + "?hours=-1"), 400, "validation-failed");
        assertCode(get(preview + "?openings=21"), 400, "validation-failed");
        assertStatus(get(preview + "?from=yesterday"), 400);
        assertCode(get("/api/v1/calendars/" + UUID.randomUUID() + "/preview"), 404, "calendar-not-found");
    }

    private List<String> defaults() {
        return read(api.perform(get("/api/v1/calendars")), "$.items[?(@.isDefault == true)].id");
    }

    private static String calendar(String name, String zone, String week, String holidays, boolean isDefault) {
        return """
                {"name": "%s", "timeZone": "%s", "weeklyHours": %s, "holidays": %s, "isDefault": %s}"""
                .formatted(name, zone, week, holidays, isDefault);
    }

    private static MockHttpServletRequestBuilder putJson(String path, String json) {
        return put(path).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private void assertStatus(MockHttpServletRequestBuilder request, int status) {
        assertThat(api.perform(request).getResponse().getStatus()).isEqualTo(status);
    }

    private void assertCode(MockHttpServletRequestBuilder request, int status, String code) {
        MvcResult result = api.perform(request);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsByteArray().length + " bytes")
                .isEqualTo(status);
        assertThat((String) read(result, "$.code")).isEqualTo(code);
    }
}
