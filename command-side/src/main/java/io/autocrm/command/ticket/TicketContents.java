package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import java.util.Optional;

/**
 * The texts of tickets, kept out of events in the erasable personal-data store, in the command's transaction.
 * {@code subjectId} is the customer whose personal data the text is (the ticket's requester); no text is stored under
 * an erased customer, not even by a command that races the erasure.
 */
interface TicketContents {

    /**
     * Stores a ticket's subject under the ticket's id.
     *
     * @throws DomainException CUSTOMER_ERASED when the data subject was erased, UNKNOWN_CUSTOMER when unknown
     */
    void addSubject(TicketId ticketId, CustomerId subjectId, String subject);

    /**
     * Stores a message body (the description included) under the message's id: its plain text and its HTML.
     *
     * @throws DomainException CUSTOMER_ERASED when the data subject was erased, UNKNOWN_CUSTOMER when unknown
     */
    void addMessage(MessageId messageId, TicketId ticketId, CustomerId subjectId, MessageBody body);

    /** A ticket's subject, unless erased. */
    Optional<String> subjectOf(TicketId ticketId);

    /**
     * The plain text of the ticket's description (the first message written on it); empty when there is none (an
     * erased requester's ticket, or one split off another).
     */
    Optional<String> descriptionOf(TicketId ticketId);

    /** A message's plain text and HTML, unless erased. */
    Optional<MessageBody> messageOf(MessageId messageId);

    /**
     * Stores a side conversation's subject under its id, as the ticket's text ({@code subjectId}: its requester), of a
     * kind nothing that reads the ticket's subject or public conversation reads.
     *
     * @throws DomainException CUSTOMER_ERASED when the data subject was erased, UNKNOWN_CUSTOMER when unknown
     */
    void addSideSubject(SideConversationId conversationId, TicketId ticketId, CustomerId subjectId, String subject);

    /** Stores a side message's body, likewise. */
    void addSideMessage(MessageId messageId, TicketId ticketId, CustomerId subjectId, MessageBody body);

    /** A side conversation's subject, unless erased. */
    Optional<String> sideSubjectOf(SideConversationId conversationId);

    /** A side message's plain text and HTML, unless erased. */
    Optional<MessageBody> sideMessageOf(MessageId messageId);
}
