package io.autocrm.command.calendar;

import io.autocrm.platform.web.Problems;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The time zones calendars and agents may name: the IANA time zone database's region ids that the JVM knows
 * ({@code Europe/London}, {@code America/New_York}, {@code UTC}), never fixed offsets or abbreviations.
 */
final class TimeZones {

    /** Area/Location ids, and UTC. Legacy aliases such as {@code US/Eastern} or {@code EST5EDT} are left out. */
    private static final Pattern REGION = Pattern.compile(
            "(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z0-9_+\\-/]+|UTC");
    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream().filter(id -> REGION.matcher(id).matches())
            .sorted().toList();
    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private TimeZones() {
    }

    /**
     * The zone named {@code id} (surrounding blanks ignored).
     *
     * @throws UnknownTimeZone when it is not one of {@link #ALL}
     */
    static ZoneId of(String id) {
        String trimmed = id == null ? "" : id.trim();
        if (!KNOWN.contains(trimmed)) {
            throw new UnknownTimeZone("'" + Problems.shorten(trimmed)
                    + "' is not an IANA time zone id such as Europe/London.");
        }
        return ZoneId.of(trimmed);
    }
}
