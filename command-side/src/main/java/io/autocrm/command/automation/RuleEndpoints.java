package io.autocrm.command.automation;

import io.autocrm.access.CurrentCaller;
import io.autocrm.command.rules.Conditions;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What {@code /api/v1/triggers} and {@code /api/v1/automations} do, for either kind: list in order, read, create,
 * save a new version, delete, reorder. Admins only (the security rules refuse everyone else).
 */
@Component
class RuleEndpoints {

    private final Rules rules;
    private final RuleChecks checks;
    private final CurrentCaller callers;

    RuleEndpoints(Rules rules, RuleChecks checks, CurrentCaller callers) {
        this.rules = rules;
        this.checks = checks;
        this.callers = callers;
    }

    /** Rules of one kind, in the order they act. */
    record RuleList(List<Rule> items) {
    }

    /** A new order: every rule's id, first to act first. */
    record RuleOrder(@NotNull List<UUID> ids) implements io.autocrm.platform.web.StrictJson {
    }

    RuleList list(RuleKind kind) {
        return new RuleList(rules.all(kind));
    }

    Rule get(RuleKind kind, UUID id) {
        return rules.find(kind, id).orElseThrow(() -> new RuleNotFound(kind, id));
    }

    ResponseEntity<Rule> create(RuleKind kind, RuleRequest request) {
        Conditions conditions = checks.conditions(kind, request.conditions());
        List<RuleAction> actions = checks.actions(request.actions());
        Rule rule = rules.create(kind, request.name(), request.description(), request.enabled(), conditions, actions,
                editor());
        return ResponseEntity.created(URI.create("/api/v1/" + kind.key() + "s/" + rule.id())).body(rule);
    }

    Rule update(RuleKind kind, UUID id, RuleRequest request) {
        get(kind, id);
        Conditions conditions = checks.conditions(kind, request.conditions());
        List<RuleAction> actions = checks.actions(request.actions());
        return rules.update(kind, id, request.version(), request.name(), request.description(), request.enabled(),
                conditions, actions, editor());
    }

    ResponseEntity<Void> delete(RuleKind kind, UUID id) {
        rules.delete(kind, id);
        return ResponseEntity.noContent().build();
    }

    RuleList reorder(RuleKind kind, RuleOrder order) {
        return new RuleList(rules.reorder(kind, order.ids()));
    }

    private String editor() {
        return callers.caller().actor().type().key() + ":" + callers.caller().actor().id();
    }
}
