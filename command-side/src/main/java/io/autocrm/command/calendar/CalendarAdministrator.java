package io.autocrm.command.calendar;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.TeamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of calendar administration, shared by the REST endpoints and {@link CalendarAdministration}: drafts are
 * checked ({@link CalendarDraft}), the default moves in the same transaction, a calendar in use is never deleted, and
 * schedules name only calendars that exist.
 */
@Service
class CalendarAdministrator implements CalendarAdministration {

    private final Calendars calendars;
    private final List<CalendarReferences> references;

    /** {@code references}: every bean that uses calendars (the directory's agents and teams; later SLA policies). */
    CalendarAdministrator(Calendars calendars, List<CalendarReferences> references) {
        this.calendars = calendars;
        this.references = references;
    }

    @Transactional
    CalendarDefinition create(CalendarRequest request) {
        return calendars.create(CalendarDraft.of(request));
    }

    @Transactional
    CalendarDefinition replace(CalendarId id, Long expectedVersion, CalendarRequest request) {
        return calendars.update(id, expectedVersion, CalendarDraft.of(request));
    }

    /**
     * @throws DomainException CALENDAR_NOT_FOUND, VERSION_CONFLICT (stale If-Match), CALENDAR_IN_USE while the
     *                         calendar is the default or something uses it
     */
    @Transactional
    void delete(CalendarId id, Long expectedVersion) {
        CalendarDefinition calendar = calendars.find(id).orElseThrow(() -> Calendars.notFound(id));
        if (expectedVersion != null && calendar.version() != expectedVersion) {
            throw new CalendarChanged("The calendar was changed by someone else since version " + expectedVersion
                    + "; read it again and retry.");
        }
        if (calendar.isDefault()) {
            throw new CalendarInUse("'" + calendar.name() + "' is the helpdesk's default business hours; make another "
                    + "calendar the default first.");
        }
        // Every user of calendars answers here: agents and teams (Calendars), and SLA policies once they declare
        // their CalendarReferences bean.
        List<String> uses = new ArrayList<>();
        references.forEach(reference -> uses.addAll(reference.usesOf(id)));
        if (!uses.isEmpty()) {
            throw new CalendarInUse("'" + calendar.name() + "' is in use: " + String.join("; ", uses)
                    + ". Give them another calendar first.");
        }
        calendars.delete(id);
    }

    @Override
    @Transactional
    public CalendarId createCalendar(String name, String timeZone, Map<String, List<String>> weeklyHours,
                                     List<Holiday> holidays, boolean isDefault) {
        return new CalendarId(create(new CalendarRequest(name, timeZone, weeklyHours, holidays, isDefault)).id());
    }

    @Override
    @Transactional
    public void scheduleAgent(AgentId agent, String timeZone, CalendarId schedule) {
        String zone = timeZone == null || timeZone.isBlank() ? null : TimeZones.of(timeZone).getId();
        calendars.scheduleAgent(agent, zone, existing(schedule));
    }

    @Override
    @Transactional
    public void coverTeam(TeamId team, CalendarId coverage) {
        calendars.coverTeam(team, existing(coverage));
    }

    /** @throws DomainException UNKNOWN_CALENDAR when a calendar is named that does not exist */
    private CalendarId existing(CalendarId calendar) {
        if (calendar != null && !calendars.exists(calendar)) {
            throw new UnknownCalendar("No calendar has the id '" + calendar + "'.");
        }
        return calendar;
    }
}
