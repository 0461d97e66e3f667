package io.autocrm.command.sla;

import io.autocrm.access.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/sla-policies}: SLA policies (admins). The first active policy in order whose conditions match a
 * ticket measures it; each save is a new version, and a ticket keeps the version it was measured against until its
 * priority or matching policy changes.
 */
@RestController
@RequestMapping("/api/v1/sla-policies")
class SlaPolicyController {

    private final SlaPolicies policies;
    private final SlaPolicyChecks checks;
    private final CurrentCaller callers;

    SlaPolicyController(SlaPolicies policies, SlaPolicyChecks checks, CurrentCaller callers) {
        this.policies = policies;
        this.checks = checks;
        this.callers = callers;
    }

    /** SLA policies in the order they are tried. */
    record SlaPolicyList(List<SlaPolicy> items) {
    }

    /** The new order: these ids first, in this order. */
    record SlaPolicyOrder(List<UUID> ids) {
    }

    /** Every saved version of a policy, newest first. */
    record SlaPolicyVersions(List<SlaPolicies.Version> items) {
    }

    @GetMapping
    @Operation(summary = "SLA policies in the order they are tried (admins)")
    SlaPolicyList list() {
        return new SlaPolicyList(policies.all());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One SLA policy (admins)")
    SlaPolicy get(@PathVariable UUID id) {
        return policies.find(id).orElseThrow(() -> new SlaPolicyNotFound(id));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every saved version of an SLA policy, newest first (admins)")
    SlaPolicyVersions versions(@PathVariable UUID id) {
        policies.find(id).orElseThrow(() -> new SlaPolicyNotFound(id));
        return new SlaPolicyVersions(policies.versions(id));
    }

    @PostMapping
    @Operation(summary = "Create an SLA policy (admins); last in order unless a position is given")
    @Transactional
    ResponseEntity<SlaPolicy> create(@RequestBody SlaPolicyRequest request) {
        SlaPolicy policy = policies.create(checks.checked(request), request.position(), by());
        return ResponseEntity.created(URI.create("/api/v1/sla-policies/" + policy.id())).body(policy);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an SLA policy with a new version (admins); tickets measured keep their version")
    @Transactional
    SlaPolicy replace(@PathVariable UUID id, @RequestBody SlaPolicyRequest request) {
        policies.find(id).orElseThrow(() -> new SlaPolicyNotFound(id));
        return policies.replace(id, checks.checked(request), request.position(), by());
    }

    @PutMapping("/order")
    @Operation(summary = "Order the SLA policies: the ids given first, in that order (admins)")
    @Transactional
    SlaPolicyList reorder(@RequestBody SlaPolicyOrder order) {
        List<UUID> ids = order == null || order.ids() == null ? List.of() : order.ids();
        for (UUID id : ids) {
            policies.find(id).orElseThrow(() -> new SlaPolicyNotFound(id));
        }
        policies.reorder(ids);
        return new SlaPolicyList(policies.all());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an SLA policy (admins); tickets measured by it keep their recorded targets")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!policies.delete(id)) {
            throw new SlaPolicyNotFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private String by() {
        return callers.caller().actor().id();
    }
}
