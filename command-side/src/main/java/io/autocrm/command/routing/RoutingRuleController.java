package io.autocrm.command.routing;

import io.autocrm.access.Caller;
import io.autocrm.access.CurrentCaller;
import io.autocrm.command.web.Versions;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/routing-rules}: the ordered routing rules (admins only, see docs/access.md). Every change of a rule
 * is a new version; the old ones stay readable. A rule's ETag is its version; {@code If-Match} makes a change
 * conditional on it ({@code 409 version-conflict} when someone changed it since).
 */
@RestController
@RequestMapping("/api/v1/routing-rules")
class RoutingRuleController {

    private final RoutingRules rules;
    private final RoutingRuleChecks checks;
    private final DryRun dryRun;
    private final CurrentCaller callers;

    RoutingRuleController(RoutingRules rules, RoutingRuleChecks checks, DryRun dryRun, CurrentCaller callers) {
        this.rules = rules;
        this.checks = checks;
        this.dryRun = dryRun;
        this.callers = callers;
    }

    /** Routing rules. */
    record RoutingRuleList(List<RoutingRule> items) {
    }

    /** The new order: every rule's id, each once, first first. */
    record RoutingOrder(@NotNull @Size(max = 1000) List<UUID> ids) implements StrictJson {
    }

    /** A dry run: a draft rule set (null: the saved rules) against the last {@code limit} tickets. */
    record RoutingDryRunRequest(@Size(max = 200) List<@Valid RuleDraft> rules,
                                @Min(1) @Max(DryRun.MAX_TICKETS) Integer limit) implements StrictJson {
    }

    @GetMapping
    @Operation(summary = "The routing rules in order (their current versions)")
    RoutingRuleList list() {
        return new RoutingRuleList(rules.inOrder());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A routing rule's current version (ETag: its version)")
    ResponseEntity<RoutingRule> get(@PathVariable UUID id) {
        return tagged(rules.find(id).orElseThrow(() -> new RoutingRuleNotFound(id)));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of a routing rule, newest first (also of a deleted rule)")
    RoutingRuleList versions(@PathVariable UUID id) {
        List<RoutingRule> versions = rules.versions(id);
        if (versions.isEmpty()) {
            throw new RoutingRuleNotFound(id);
        }
        return new RoutingRuleList(versions);
    }

    @PostMapping
    @Operation(summary = "Create a routing rule, last in the order, as its version 1")
    @Transactional
    ResponseEntity<RoutingRule> create(@Valid @RequestBody RuleDraft draft) {
        RoutingRule rule = rules.create(checks.checked(draft), by());
        return ResponseEntity.created(URI.create("/api/v1/routing-rules/" + rule.id()))
                .eTag(Versions.etag(rule.version())).body(rule);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a routing rule: a new version (If-Match: the version changed)")
    @Transactional
    ResponseEntity<RoutingRule> update(@PathVariable UUID id, @Valid @RequestBody RuleDraft draft,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return tagged(rules.update(id, expected(ifMatch), checks.checked(draft), by()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a routing rule (its versions stay for the histories naming them; If-Match)")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable UUID id,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        rules.delete(id, expected(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/order")
    @Operation(summary = "Reorder the routing rules: every rule's id once, first first")
    @Transactional
    RoutingRuleList reorder(@Valid @RequestBody RoutingOrder order) {
        return new RoutingRuleList(rules.reorder(order.ids()));
    }

    @PostMapping("/dry-run")
    @Operation(summary = "Try a rule set (a draft, or the saved rules) on the last N tickets as they were created:"
            + " which rule would have matched, why, and what it would have changed. Writes nothing")
    DryRun.RoutingDryRunReport dryRun(@Valid @RequestBody RoutingDryRunRequest request) {
        List<RoutingRule> tried = request.rules() == null ? rules.inOrder() : request.rules().stream()
                .map(checks::checked).map(RoutingRuleController::draft).toList();
        return dryRun.run(tried, request.limit() == null ? 50 : request.limit());
    }

    private static RoutingRule draft(RuleDraft draft) {
        return new RoutingRule(null, 0, 0, draft.name(), draft.enabled(), draft.conditions(), draft.actions(), null,
                null);
    }

    private static ResponseEntity<RoutingRule> tagged(RoutingRule rule) {
        return ResponseEntity.ok().eTag(Versions.etag(rule.version())).body(rule);
    }

    private static Integer expected(String ifMatch) {
        Long aggregateVersion = Versions.expectedAggregateVersion(ifMatch);
        return aggregateVersion == null ? null : Math.toIntExact(aggregateVersion + 1);
    }

    private String by() {
        Caller caller = callers.caller();
        return caller.actor().type().key() + ":" + caller.actor().id();
    }
}
