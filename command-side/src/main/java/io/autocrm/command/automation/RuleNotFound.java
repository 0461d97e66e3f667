package io.autocrm.command.automation;

import io.autocrm.events.common.DomainException;
import java.util.UUID;

/** Refused: no trigger (code {@code trigger-not-found}) or automation ({@code automation-not-found}) has this id. */
final class RuleNotFound extends DomainException {

    RuleNotFound(RuleKind kind, UUID id) {
        super(kind.notFound(), "No " + kind.key() + " has id " + id + ".");
    }
}
