package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: A solved or closed ticket needs an assignee (code {@code solved-ticket-needs-assignee}). */
public final class SolvedTicketNeedsAssignee extends DomainException {

    public SolvedTicketNeedsAssignee(String detail) {
        super(ErrorCode.SOLVED_TICKET_NEEDS_ASSIGNEE, detail);
    }
}
