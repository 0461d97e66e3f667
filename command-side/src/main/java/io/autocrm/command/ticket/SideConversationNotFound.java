package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;

/** Refused: the ticket has no side conversation with the id (code {@code side-conversation-not-found}). */
public final class SideConversationNotFound extends DomainException {

    public SideConversationNotFound(String detail) {
        super(ErrorCode.SIDE_CONVERSATION_NOT_FOUND, detail);
    }
}
