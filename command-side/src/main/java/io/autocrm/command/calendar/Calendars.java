package io.autocrm.command.calendar;

import org.springframework.transaction.annotation.Transactional;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.command.directory.AlreadyDefined;
import io.autocrm.command.directory.EntryNotFound;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.TeamId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calendars in {@code directory.business_calendar} as admins write them, and the agents' schedules and teams'
 * coverage that point at them. At most one calendar is the default (a unique index); each change counts the calendar's
 * version up.
 */
@Repository
class Calendars implements CalendarReferences {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            SELECT c.id, c.name, c.time_zone, c.weekly_hours::text AS weekly_hours, c.holidays::text AS holidays,
                   c.is_default, c.version, c.updated_at,
                   (SELECT count(*) FROM directory.agent a WHERE a.schedule_calendar_id = c.id) AS agents,
                   (SELECT count(*) FROM directory.team t WHERE t.coverage_calendar_id = c.id) AS teams
              FROM directory.business_calendar c""";

    private final JdbcClient jdbc;

    private final ConfigurationHistory history;

    Calendars(JdbcClient jdbc, ConfigurationHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    List<CalendarDefinition> all() {
        return jdbc.sql(SELECT + " ORDER BY c.is_default DESC, lower(c.name), c.id").query(this::definition).list();
    }

    Optional<CalendarDefinition> find(CalendarId id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id.value()).query(this::definition).optional();
    }

    boolean exists(CalendarId id) {
        return jdbc.sql("SELECT count(*) FROM directory.business_calendar WHERE id = ?").param(id.value())
                .query(Long.class).single() > 0;
    }

    /** Call inside a transaction (the default moves in the same one). */
    @Transactional
    CalendarDefinition create(CalendarDraft draft) {
        return history.write(() -> {
            CalendarId id = CalendarId.random();
            if (draft.isDefault()) {
                takeDefaultFromOthers(id);
            }
            try {
                jdbc.sql("""
                        INSERT INTO directory.business_calendar (id, name, time_zone, weekly_hours, holidays, is_default)
                        VALUES (?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)""")
                        .params(id.value(), draft.name(), draft.timeZone(), hoursJson(draft), holidaysJson(draft),
                                draft.isDefault()).update();
            } catch (DuplicateKeyException e) {
                throw duplicate(e);
            }
            return find(id).orElseThrow();
        });
    }

    /**
     * Replaces a calendar, inside a transaction.
     *
     * @param expectedVersion the version the change is conditional on; null: unconditional
     * @throws DomainException CALENDAR_NOT_FOUND, VERSION_CONFLICT, DUPLICATE_DEFINITION
     */
    @Transactional
    CalendarDefinition update(CalendarId id, Long expectedVersion, CalendarDraft draft) {
        return history.write(() -> {
            if (draft.isDefault()) {
                takeDefaultFromOthers(id);
            }
            int updated;
            try {
                updated = jdbc.sql("""
                        UPDATE directory.business_calendar
                           SET name = ?, time_zone = ?, weekly_hours = CAST(? AS jsonb), holidays = CAST(? AS jsonb),
                               is_default = ?, version = version + 1, updated_at = now()
                         WHERE id = ? AND (CAST(? AS bigint) IS NULL OR version = ?)""")
                        .params(draft.name(), draft.timeZone(), hoursJson(draft), holidaysJson(draft), draft.isDefault(),
                                id.value(), expectedVersion, expectedVersion).update();
            } catch (DuplicateKeyException e) {
                throw duplicate(e);
            }
            if (updated == 0) {
                throw exists(id) ? new CalendarChanged("The calendar was changed by someone else since version "
                        + expectedVersion + "; read it again and retry.") : notFound(id);
            }
            return find(id).orElseThrow();
        });
    }

    /**
     * Deletes a calendar nothing uses any more ({@link CalendarReferences} checked before).
     *
     * @throws DomainException CALENDAR_NOT_FOUND, CALENDAR_IN_USE when an agent or team took it up meanwhile
     */
    @Transactional
    void delete(CalendarId id) {
        history.write(() -> {
            int deleted;
            try {
                deleted = jdbc.sql("DELETE FROM directory.business_calendar WHERE id = ?").param(id.value()).update();
            } catch (DataIntegrityViolationException e) {
                throw new CalendarInUse("The calendar was just taken up by an agent or a team; it cannot be deleted.");
            }
            if (deleted == 0) {
                throw notFound(id);
            }
        });
    }

    @Override
    public List<String> usesOf(CalendarId calendar) {
        List<String> uses = new ArrayList<>();
        List<String> agents = jdbc.sql("SELECT name FROM directory.agent WHERE schedule_calendar_id = ? "
                + "ORDER BY lower(name)").param(calendar.value()).query(String.class).list();
        if (!agents.isEmpty()) {
            uses.add("the working schedule of " + names(agents, "agent"));
        }
        List<String> teams = jdbc.sql("SELECT name FROM directory.team WHERE coverage_calendar_id = ? "
                + "ORDER BY lower(name)").param(calendar.value()).query(String.class).list();
        if (!teams.isEmpty()) {
            uses.add("the coverage hours of " + names(teams, "team"));
        }
        return uses;
    }

    /** Agents with their time zones and schedules, by name. */
    List<Schedules.AgentSchedule> agentSchedules() {
        return jdbc.sql("SELECT id, name, active, time_zone, schedule_calendar_id FROM directory.agent "
                + "ORDER BY lower(name), id").query((rs, n) -> agentSchedule(rs)).list();
    }

    Optional<Schedules.AgentSchedule> agentSchedule(AgentId agent) {
        return jdbc.sql("SELECT id, name, active, time_zone, schedule_calendar_id FROM directory.agent WHERE id = ?")
                .param(agent.value()).query((rs, n) -> agentSchedule(rs)).optional();
    }

    /** Teams with their coverage, by name. */
    List<Schedules.TeamCoverage> teamCoverage() {
        return jdbc.sql("SELECT id, name, coverage_calendar_id FROM directory.team ORDER BY lower(name), id")
                .query((rs, n) -> teamCoverage(rs)).list();
    }

    Optional<Schedules.TeamCoverage> teamCoverage(TeamId team) {
        return jdbc.sql("SELECT id, name, coverage_calendar_id FROM directory.team WHERE id = ?")
                .param(team.value()).query((rs, n) -> teamCoverage(rs)).optional();
    }

    /** @throws DomainException NOT_FOUND for an unknown agent */
    @Transactional
    void scheduleAgent(AgentId agent, String timeZone, CalendarId schedule) {
        history.write(() -> {
            int updated;
            try {
                updated = jdbc.sql("UPDATE directory.agent SET time_zone = ?, schedule_calendar_id = ? WHERE id = ?")
                        .params(timeZone, schedule == null ? null : schedule.value(), agent.value()).update();
            } catch (DataIntegrityViolationException e) {
                throw new UnknownCalendar("The calendar was just deleted.");
            }
            if (updated == 0) {
                throw new EntryNotFound("No agent has this id.");
            }
        });
    }

    /** @throws DomainException NOT_FOUND for an unknown team */
    @Transactional
    void coverTeam(TeamId team, CalendarId coverage) {
        history.write(() -> {
            int updated;
            try {
                updated = jdbc.sql("UPDATE directory.team SET coverage_calendar_id = ? WHERE id = ?")
                        .params(coverage == null ? null : coverage.value(), team.value()).update();
            } catch (DataIntegrityViolationException e) {
                throw new UnknownCalendar("The calendar was just deleted.");
            }
            if (updated == 0) {
                throw new EntryNotFound("No team has this id.");
            }
        });
    }

    private void takeDefaultFromOthers(CalendarId id) {
        jdbc.sql("""
                UPDATE directory.business_calendar SET is_default = false, version = version + 1, updated_at = now()
                 WHERE is_default AND id <> ?""").param(id.value()).update();
    }

    private static String names(List<String> names, String noun) {
        String shown = String.join(", ", names.subList(0, Math.min(5, names.size())));
        String more = names.size() > 5 ? " and " + (names.size() - 5) + " more" : "";
        return names.size() + " " + noun + (names.size() == 1 ? "" : "s") + " (" + shown + more + ")";
    }

    private static DomainException duplicate(DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("business_calendar_one_default")) {
            return new CalendarChanged("Another calendar was made the default at the same moment; read them again.");
        }
        return new AlreadyDefined("A calendar with this name already exists.");
    }

    static CalendarNotFound notFound(CalendarId id) {
        return new CalendarNotFound("No calendar has the id '" + id + "'.");
    }

    private static String hoursJson(CalendarDraft draft) {
        return JSON.writeValueAsString(draft.weeklyHours());
    }

    private static String holidaysJson(CalendarDraft draft) {
        List<Map<String, String>> holidays = draft.holidays().stream()
                .map(h -> Map.of("date", h.date().toString(), "name", h.name())).toList();
        return JSON.writeValueAsString(holidays);
    }

    private CalendarDefinition definition(ResultSet rs, int row) throws SQLException {
        BusinessCalendar calendar = CalendarStore.calendar(rs.getString("time_zone"), rs.getString("weekly_hours"),
                rs.getString("holidays"));
        List<Holiday> holidays = new ArrayList<>();
        for (JsonNode holiday : JSON.readTree(rs.getString("holidays"))) {
            holidays.add(new Holiday(LocalDate.parse(holiday.get("date").asString()),
                    holiday.path("name").asString("")));
        }
        Map<String, List<String>> week = new LinkedHashMap<>(CalendarDraft.weeklyHours(calendar));
        return new CalendarDefinition(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("time_zone"),
                week, holidays, rs.getBoolean("is_default"), rs.getLong("version"), rs.getInt("agents"),
                rs.getInt("teams"), rs.getTimestamp("updated_at").toInstant());
    }

    private static Schedules.AgentSchedule agentSchedule(ResultSet rs) throws SQLException {
        return new Schedules.AgentSchedule(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getBoolean("active"), rs.getString("time_zone"),
                rs.getObject("schedule_calendar_id", UUID.class));
    }

    private static Schedules.TeamCoverage teamCoverage(ResultSet rs) throws SQLException {
        return new Schedules.TeamCoverage(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("coverage_calendar_id", UUID.class));
    }
}
