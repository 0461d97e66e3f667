package io.autocrm.command.routing;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.UUID;

/** Refused: no routing rule has this id (or it was deleted); code {@code routing-rule-not-found}. */
class RoutingRuleNotFound extends DomainException {

    RoutingRuleNotFound(UUID id) {
        super(ErrorCode.ROUTING_RULE_NOT_FOUND, "No routing rule has id " + id + ".");
    }
}
