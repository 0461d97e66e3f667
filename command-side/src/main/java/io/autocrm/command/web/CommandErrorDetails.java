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
 * not. Holds ids and codes only: {@code errorCode} for a domain refusal, {@code aggregateId} for a missing aggregate.
 */
record CommandErrorDetails(Kind kind, String errorCode, String aggregateId) {

    /** The refusals that reach API clients as themselves; every other exception is an internal error. */
    enum Kind { DOMAIN, NOT_FOUND, CONFLICT }

    /** The details of an exception that reaches clients as itself; empty for every other one. */
    static Optional<CommandErrorDetails> of(Throwable error) {
        return Optional.ofNullable(switch (error) {
            case DomainException domain -> new CommandErrorDetails(Kind.DOMAIN, domain.errorCode().name(), null);
            case AggregateNotFoundException notFound -> new CommandErrorDetails(Kind.NOT_FOUND, null,
                    String.valueOf(notFound.getAggregateIdentifier()));
            case ConflictingModificationException ignored -> new CommandErrorDetails(Kind.CONFLICT, null, null);
            default -> null;
        });
    }

    /**
     * The exception a failed command stands for: rebuilt from its details (whatever its cause, as after crossing the
     * wire), else its cause when that reaches clients as itself (a local bus without the interceptor), else itself.
     */
    static RuntimeException unwrap(CommandExecutionException failure) {
        Optional<CommandErrorDetails> details = failure.<Object>getDetails()
                .filter(CommandErrorDetails.class::isInstance).map(CommandErrorDetails.class::cast);
        if (details.isPresent()) {
            return details.get().rebuild(failure.getMessage());
        }
        Throwable cause = failure.getCause();
        return cause instanceof RuntimeException runtime && of(runtime).isPresent() ? runtime : failure;
    }

    private RuntimeException rebuild(String message) {
        return switch (kind) {
            case DOMAIN -> new DomainException(ErrorCode.valueOf(errorCode), message);
            case NOT_FOUND -> new AggregateNotFoundException(aggregateId, message);
            case CONFLICT -> new ConflictingModificationException(message);
        };
    }
}
