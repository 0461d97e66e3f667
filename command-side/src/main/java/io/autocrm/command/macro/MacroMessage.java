package io.autocrm.command.macro;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A macro's text: a public reply or an internal note, in the messages' sanitised HTML, with placeholders such as
 * {@code {{ticket.number}}} (see {@link Placeholders}).
 */
public record MacroMessage(@NotNull @Schema(allowableValues = {"public-reply", "internal-note"}) String kind,
                           @NotBlank @Size(max = 20_000) String body) {

    static final String PUBLIC_REPLY = "public-reply";
    static final String INTERNAL_NOTE = "internal-note";
}
