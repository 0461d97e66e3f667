package io.autocrm.app.identity;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Run-time settings of sign-in, for admins. */
@RestController
@RequestMapping("/api/v1/admin/settings")
class SettingsController {

    private final IdentitySettings settings;

    SettingsController(IdentitySettings settings) {
        this.settings = settings;
    }

    @Operation(summary = "The installation's settings (customer sign-up)")
    @GetMapping
    Settings get() {
        return new Settings(settings.customerSignup());
    }

    /** Fields left out stay as they are. */
    @Operation(summary = "Change the installation's settings")
    @PatchMapping
    Settings change(@RequestBody Settings change) {
        if (change.customerSignup() != null) {
            settings.customerSignup(change.customerSignup());
        }
        return get();
    }

    /** {@code customerSignup}: whether customers may sign themselves up (POST /api/v1/auth/signup). */
    record Settings(Boolean customerSignup) {
    }
}
