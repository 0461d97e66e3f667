package io.autocrm.command.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.autocrm.platform.web.StrictJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A calendar as an admin writes it (create, and replace with {@code PUT}).
 *
 * @param weeklyHours per day ({@code monday} … {@code sunday}), its opening hours as {@code HH:mm-HH:mm} ranges
 *                    ({@code 24:00} may end one); absent or empty days are closed
 * @param holidays    whole local days closed, each date once; absent means none
 * @param isDefault   whether this is the helpdesk's default business hours (making it so takes the flag from the
 *                    calendar that had it); absent means false
 */
record CalendarRequest(@NotBlank @Size(max = 200) String name,
                       @NotBlank @Size(max = 100) String timeZone,
                       @NotNull @Size(max = 7) Map<String, @NotNull @Size(max = 12) List<@NotNull String>> weeklyHours,
                       @Size(max = 400) List<@NotNull @Valid Holiday> holidays,
                       @JsonProperty("isDefault") Boolean isDefault) implements StrictJson {
}
