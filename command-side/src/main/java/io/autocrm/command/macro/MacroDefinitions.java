package io.autocrm.command.macro;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** Defines macros from code (the demo's): checked exactly as the API checks them, then stored. */
@Component
public class MacroDefinitions {

    private final Macros macros;
    private final MacroChecks checks;

    MacroDefinitions(Macros macros, MacroChecks checks) {
        this.macros = macros;
        this.checks = checks;
    }

    /** A new macro owned by {@code owner}, an agent (for a shared one, an admin). */
    public Macro define(UUID owner, String name, String description, boolean shared, MacroActions actions) {
        return macros.create(owner, name, description, shared, checks.checked(actions));
    }
}
