package io.autocrm.command.calendar;

import io.autocrm.command.web.Versions;
import io.autocrm.events.common.CalendarId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/calendars}: business-hours calendars (time zone, weekly hours, holidays, the helpdesk's default),
 * read by staff, written by admins. Edits are conditional on {@code If-Match} (the calendar's version, its ETag);
 * without it they are unconditional. The preview answers what the calendar makes of a moment.
 */
@RestController
@RequestMapping("/api/v1/calendars")
class CalendarController {

    private final Calendars calendars;
    private final CalendarAdministrator administrator;

    CalendarController(Calendars calendars, CalendarAdministrator administrator) {
        this.calendars = calendars;
        this.administrator = administrator;
    }

    /** The calendars. */
    record CalendarList(List<CalendarDefinition> items) {
    }

    /** The IANA time zone ids calendars and agents may name. */
    record TimeZoneList(List<String> items) {
    }

    @GetMapping
    @Operation(summary = "The calendars, the default first, then by name")
    CalendarList list() {
        return new CalendarList(calendars.all());
    }

    @GetMapping("/time-zones")
    @Operation(summary = "The time zones a calendar or an agent may name (IANA ids such as Europe/London)")
    TimeZoneList timeZones() {
        return new TimeZoneList(TimeZones.ALL);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One calendar; its ETag is its version")
    ResponseEntity<CalendarDefinition> get(@PathVariable CalendarId id) {
        return versioned(calendars.find(id).orElseThrow(() -> Calendars.notFound(id)));
    }

    @PostMapping
    @Operation(summary = "Create a calendar; making it the default takes the flag from the calendar that had it")
    ResponseEntity<CalendarDefinition> create(@Valid @RequestBody CalendarRequest request) {
        CalendarDefinition calendar = administrator.create(request);
        return ResponseEntity.created(URI.create("/api/v1/calendars/" + calendar.id()))
                .eTag(Versions.etag(calendar.version())).body(calendar);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a calendar (If-Match: its version); making it the default takes the flag from the"
            + " calendar that had it")
    ResponseEntity<CalendarDefinition> replace(@PathVariable CalendarId id,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                               String ifMatch,
                                               @Valid @RequestBody CalendarRequest request) {
        return versioned(administrator.replace(id, expectedVersion(ifMatch), request));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a calendar that no agent, team or SLA policy uses and that is not the default")
    ResponseEntity<Void> delete(@PathVariable CalendarId id,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        administrator.delete(id, expectedVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/preview")
    @Operation(summary = "What the calendar makes of a moment: open or not, when a target of some business hours"
            + " falls due, the business time until another instant, and the next opening hours")
    CalendarPreview preview(@PathVariable CalendarId id,
                            @Parameter(description = "The moment to start from (ISO-8601 instant); default now")
                            @RequestParam(required = false) Instant from,
                            @Parameter(description = "A target in business hours (0-8784, fractions allowed)")
                            @RequestParam(required = false) Double hours,
                            @Parameter(description = "An instant to measure the business time until")
                            @RequestParam(required = false) Instant to,
                            @Parameter(description = "How many opening hours to list (1-20); default 5")
                            @RequestParam(defaultValue = "5") int openings) {
        CalendarDefinition calendar = calendars.find(id).orElseThrow(() -> Calendars.notFound(id));
        return CalendarPreview.of(calendar, from == null ? Instant.now() : from, hours, to, openings);
    }

    private static Long expectedVersion(String ifMatch) {
        Long aggregateVersion = Versions.expectedAggregateVersion(ifMatch);
        return aggregateVersion == null ? null : aggregateVersion + 1;
    }

    private static ResponseEntity<CalendarDefinition> versioned(CalendarDefinition calendar) {
        return ResponseEntity.ok().eTag(Versions.etag(calendar.version())).body(calendar);
    }
}
