package io.autocrm.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Paths of the browser app that are not files: served by its one page, which reads the path itself. */
@Controller
class BrowserRoutes {

    /** Where the sign-in flow returns with its authorization code (client {@code autocrm-web}'s redirect URI). */
    @GetMapping("/auth/callback")
    String signInCallback() {
        return "forward:/index.html";
    }
}
