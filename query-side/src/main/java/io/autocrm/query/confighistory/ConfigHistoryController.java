package io.autocrm.query.confighistory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit-log}: every recorded configuration change, newest first, for admins (the security chain
 * lets only the {@code admin} scope through). Bad filters are {@code 400 validation-failed}, naming the parameter.
 */
@RestController
@RequestMapping("/api/v1/audit-log")
class ConfigHistoryController {

    private final ConfigHistory history;

    ConfigHistoryController(ConfigHistory history) {
        this.history = history;
    }

    @Operation(summary = "Configuration changes: who changed what, when, from what to what; newest first")
    @GetMapping
    ConfigChangePage list(
            @Parameter(description = "The table, e.g. directory.team") @RequestParam(required = false) String kind,
            @Parameter(description = "The row's key (its id or key)") @RequestParam(required = false) String key,
            @Parameter(description = "user:<id>, api_key:<id>, system:demo, ...; or a type alone: user, system")
            @RequestParam(required = false) String actor,
            @Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) String to,
            @Parameter(description = "Text in the key, the actor or the values") @RequestParam(required = false)
            String q,
            @Parameter(description = "A page's nextCursor") @RequestParam(required = false) String cursor,
            @Parameter(description = "1-200, default 50") @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        return history.page(ConfigHistoryFilter.parse(request.getParameterMap()));
    }

    @Operation(summary = "The kinds of configuration whose changes are recorded (their tables)")
    @GetMapping("/kinds")
    List<String> kinds() {
        return history.kinds();
    }
}
