package io.autocrm.command.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A whole local day a calendar is closed, whatever the weekday: {@code {"date": "2026-12-25", "name": "Christmas Day"}}. */
public record Holiday(@NotNull LocalDate date, @NotBlank @Size(max = 100) String name) {
}
