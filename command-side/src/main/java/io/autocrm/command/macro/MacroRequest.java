package io.autocrm.command.macro;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/macros} and {@code PUT /api/v1/macros/{id}}. {@code actions} default to none. */
record MacroRequest(@NotBlank @Size(max = 100) String name, @Size(max = 500) String description, boolean shared,
                    @Valid MacroActions actions) {
}
