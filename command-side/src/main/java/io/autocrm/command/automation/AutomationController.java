package io.autocrm.command.automation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/automations}: the automations, in the order they act (admins; see {@link RuleEndpoints}). */
@RestController
@RequestMapping("/api/v1/automations")
class AutomationController {

    private static final RuleKind KIND = RuleKind.AUTOMATION;
    private final RuleEndpoints endpoints;

    AutomationController(RuleEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping
    @Operation(summary = "The automations, in the order they act")
    RuleEndpoints.RuleList list() {
        return endpoints.list(KIND);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One automation")
    Rule get(@PathVariable UUID id) {
        return endpoints.get(KIND, id);
    }

    @PostMapping
    @Operation(summary = "Create a automation (it acts last until reordered)")
    ResponseEntity<Rule> create(@Valid @RequestBody RuleRequest request) {
        return endpoints.create(KIND, request);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save a new version of a automation (409 version-conflict when 'version' is not the current one)")
    Rule update(@PathVariable UUID id, @Valid @RequestBody RuleRequest request) {
        return endpoints.update(KIND, id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a automation")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        return endpoints.delete(KIND, id);
    }

    @PutMapping("/order")
    @Operation(summary = "Put the automations in a new order (every id once, first to act first)")
    RuleEndpoints.RuleList reorder(@Valid @RequestBody RuleEndpoints.RuleOrder order) {
        return endpoints.reorder(KIND, order);
    }
}
