package io.autocrm.command.routing;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/**
 * Refused: the rule (its version named by {@code If-Match}) or the order (the ids sent to reorder) changed since the
 * caller read it; code {@code version-conflict}.
 */
class RoutingRulesChanged extends DomainException {

    RoutingRulesChanged(String detail) {
        super(ErrorCode.VERSION_CONFLICT, detail);
    }
}
