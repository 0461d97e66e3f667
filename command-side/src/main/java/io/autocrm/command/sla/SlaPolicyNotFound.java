package io.autocrm.command.sla;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: no SLA policy has the id in the path (code {@code sla-policy-not-found}). */
final class SlaPolicyNotFound extends DomainException {

    SlaPolicyNotFound(Object id) {
        super(ErrorCode.SLA_POLICY_NOT_FOUND, "No SLA policy has id " + id + ".");
    }
}
