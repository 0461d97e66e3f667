package io.autocrm.command.ticket;

import com.fasterxml.jackson.annotation.JsonValue;
import io.autocrm.platform.web.ErrorStatus;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.TicketId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.stereotype.Component;

/**
 * Applies one change to many tickets, each through its own {@link UpdateTicketCommand} with the version the client
 * saw as its expected version: one ticket's conflict or refusal changes nothing of it and does not stop the others.
 * Every ticket gets a result, in request order.
 */
@Component
class BulkChanges {

    private final CommandDispatcher commands;
    private final ExistingTickets tickets;

    BulkChanges(CommandDispatcher commands, ExistingTickets tickets) {
        this.commands = commands;
        this.tickets = tickets;
    }

    /** What happened to one ticket: {@code applied}, {@code conflict} or {@code refused}. */
    enum Outcome {
        APPLIED, CONFLICT, REFUSED;

        @JsonValue
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The result of one ticket: its new version when applied, its current version on a conflict. */
    record Result(String id, Outcome outcome, Long version, Problem problem) {
    }

    /** Why a ticket was not changed, as the single change's problem detail would say it. */
    record Problem(int status, String code, String detail) {

        static Problem of(ErrorCode code, String detail) {
            return new Problem(ErrorStatus.of(code).value(), code.code(), detail);
        }
    }

    /**
     * Changes every ticket of the request.
     *
     * @throws DomainException CUSTOMER_ACTION_FORBIDDEN for customers; VALIDATION_FAILED, before anything changes,
     *                         for a malformed id, a ticket named twice or a change that no ticket could take
     */
    List<Result> apply(BulkChangeRequest request) {
        if (commands.caller().isCustomer()) {
            throw new DomainException(ErrorCode.CUSTOMER_ACTION_FORBIDDEN, "Customers cannot change tickets in bulk.");
        }
        List<UpdateTicketCommand> updates = request.tickets().stream()
                .map(t -> request.changes().toCommand(ticketId(t.id()),
                        t.version() == null ? null : t.version() - 1)).toList();
        Set<TicketId> seen = new HashSet<>();
        updates.stream().filter(u -> !seen.add(u.ticketId())).findFirst().ifPresent(u -> {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Ticket " + u.ticketId() + " is named twice.");
        });
        return updates.stream().map(this::applyOne).toList();
    }

    private Result applyOne(UpdateTicketCommand update) {
        String id = update.ticketId().toString();
        try {
            long version = commands.<Long>send(update);
            return new Result(id, Outcome.APPLIED, version, null);
        } catch (ConflictingModificationException e) {
            return conflict(update);
        } catch (AggregateNotFoundException e) {
            return new Result(id, Outcome.REFUSED, null,
                    Problem.of(ErrorCode.TICKET_NOT_FOUND, "No ticket has this id."));
        } catch (DomainException e) {
            // A conflict found by the ticket itself (which ignores its own SLA events) arrives as this code.
            return e.errorCode() == ErrorCode.VERSION_CONFLICT ? conflict(update)
                    : new Result(id, Outcome.REFUSED, null, Problem.of(e.errorCode(), e.getMessage()));
        }
    }

    private Result conflict(UpdateTicketCommand update) {
        Long current = tickets.find(update.ticketId()).map(CreatedTicket::version).orElse(null);
        return new Result(update.ticketId().toString(), Outcome.CONFLICT, current, Problem.of(
                ErrorCode.VERSION_CONFLICT, "The ticket changed since the version given; it is now at version "
                        + current + "."));
    }

    private static TicketId ticketId(String raw) {
        try {
            return TicketId.of(raw);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "tickets[].id must be a ticket id, got '"
                    + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw) + "'.");
        }
    }
}
