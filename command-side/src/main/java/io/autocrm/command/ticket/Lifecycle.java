package io.autocrm.command.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/** The rules of a ticket's status: where it may go from where, and what each status needs. */
final class Lifecycle {

    static final Status NEW = Status.builtIn(StatusCategory.NEW);
    static final Status OPEN = Status.builtIn(StatusCategory.OPEN);

    private Lifecycle() {
    }

    /** @throws TicketClosed when the ticket is closed (code {@code ticket-closed}) */
    static void requireNotClosed(Status status) {
        if (status.category() == StatusCategory.CLOSED) {
            throw new TicketClosed("A closed ticket cannot change.");
        }
    }

    /**
     * The status a new ticket starts in: the requested one, else new; an assigned ticket leaves new (see
     * {@link #target}).
     *
     * @throws TicketNotSolved for a closed status; SolvedTicketNeedsAssignee for a solved one
     *                         without assignee
     */
    static Status initial(Status requested, AgentId assigneeId) {
        Status status = target(NEW, requested, assigneeId);
        if (status.category() == StatusCategory.CLOSED) {
            throw notSolved();
        }
        requireAssigneeIfSolved(status, assigneeId);
        return status;
    }

    /**
     * The status a change of a ticket that is {@code current} leads to: the requested one, else the current one; but
     * an assigned ticket leaves new, so a new ticket that would stay in a status of the new category with an assignee
     * (the resulting one) becomes open. Creation (from new) and updates share it; a ticket that already left new and
     * asks for a new status is refused by {@link #checkTransition}.
     */
    static Status target(Status current, Status requested, AgentId assigneeId) {
        Status target = requested == null ? current : requested;
        boolean staysNew = current.category() == StatusCategory.NEW && target.category() == StatusCategory.NEW;
        return staysNew && assigneeId != null ? OPEN : target;
    }

    /**
     * Checks a change from {@code current} to {@code target} with the given (resulting) assignee.
     *
     * @throws TicketCannotReturnToNew, TicketNotSolved or SolvedTicketNeedsAssignee
     */
    static void checkTransition(Status current, Status target, AgentId assigneeId) {
        if (!target.equals(current)) {
            if (target.category() == StatusCategory.NEW && current.category() != StatusCategory.NEW) {
                throw new TicketCannotReturnToNew("A ticket that left new never returns to a new status.");
            }
            if (target.category() == StatusCategory.CLOSED && current.category() != StatusCategory.SOLVED) {
                throw notSolved();
            }
        }
        requireAssigneeIfSolved(target, assigneeId);
    }

    /**
     * Checks the required custom fields of a change from {@code current} to {@code target}, where the ticket's fields
     * with a value were {@code before} and are {@code after} the change: a ticket moving to a solved or closed status
     * needs a value in every required field ({@code required}, the keys of the active ones, is read only then); one
     * staying solved may not clear one. A merge closes a ticket without this check: it is not solved.
     *
     * @throws RequiredFieldMissing naming the fields without value
     */
    static void requireFieldsIfSolved(Status current, Status target, Collection<String> before,
                                      Collection<String> after, Supplier<List<String>> required) {
        if (!solvedOrClosed(target)) {
            return;
        }
        boolean moves = !target.equals(current);
        List<String> missing = required.get().stream()
                .filter(key -> !after.contains(key) && (moves || before.contains(key))).toList();
        if (!missing.isEmpty()) {
            throw RequiredFieldMissing.toSolve(missing);
        }
    }

    private static boolean solvedOrClosed(Status status) {
        return status.category() == StatusCategory.SOLVED || status.category() == StatusCategory.CLOSED;
    }

    private static void requireAssigneeIfSolved(Status status, AgentId assigneeId) {
        if (solvedOrClosed(status) && assigneeId == null) {
            throw new SolvedTicketNeedsAssignee("A solved ticket needs an assignee.");
        }
    }

    private static TicketNotSolved notSolved() {
        return new TicketNotSolved("Only a solved ticket can be closed.");
    }
}
