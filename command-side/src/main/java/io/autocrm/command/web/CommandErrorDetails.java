package io.autocrm.command.web;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;

/**
 * What kind of refusal a command handler's exception was, in a form that crosses the wire to the dispatching node
 * (AxonIQ's distributed exceptions: {@link CommandExecutionException#getDetails()}), where the exception's class does
 * not. Holds ids and codes only: {@code errorCode} for a refusal ({@link DomainException} and the exceptions named
 * for what happened, such as {@link StaleVersion}), {@code aggregateId} for a missing aggregate. The code is what
 * counts: a refusal rebuilt on another node is a {@link DomainException} with the same code and detail.
 */
record CommandErrorDetails(Kind kind, String errorCode, String aggregateId) {

    /** The refusals that reach API clients as themselves; every other exception is an internal error. */
    enum Kind { DOMAIN, NOT_FOUND }

    /** The details of an exception that reaches clients as itself; empty for every other one. */
    static Optional<CommandErrorDetails> of(Throwable error) {
        return Optional.ofNullable(switch (error) {
            case DomainException domain -> new CommandErrorDetails(Kind.DOMAIN, domain.errorCode().name(), null);
            case AggregateNotFoundException notFound -> new CommandErrorDetails(Kind.NOT_FOUND, null,
                    String.valueOf(notFound.getAggregateIdentifier()));
            default -> null;
        });
    }

    /** The refusal a handler's exception stands for: Axon's stale expected version is a {@link StaleVersion}. */
    static RuntimeException refusalOf(RuntimeException error) {
        return error instanceof ConflictingModificationException ? new StaleVersion() : error;
    }

    /**
     * The exception a failed command stands for: its cause when that reaches clients as itself (the handler ran on
     * this node), else rebuilt from its details (the cause is another node's, as after crossing the wire), else the
     * failure itself.
     */
    static RuntimeException unwrap(CommandExecutionException failure) {
        if (failure.getCause() instanceof RuntimeException cause && of(refusalOf(cause)).isPresent()) {
            return refusalOf(cause);
        }
        return failure.<Object>getDetails().filter(CommandErrorDetails.class::isInstance)
                .map(details -> ((CommandErrorDetails) details).rebuild(failure.getMessage()))
                .orElse(failure);
    }

    private RuntimeException rebuild(String message) {
        return switch (kind) {
            case DOMAIN -> new DomainException(ErrorCode.valueOf(errorCode), message);
            case NOT_FOUND -> new AggregateNotFoundException(aggregateId, message);
        };
    }
}
