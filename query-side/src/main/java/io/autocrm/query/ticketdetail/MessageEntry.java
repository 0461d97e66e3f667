package io.autocrm.query.ticketdetail;

import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.query.postgres.MetaDataText;
import io.autocrm.query.postgres.Times;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a ticket's conversation, without its body. The description (the ticket's first message) has kind
 * {@code description} and is authored by the requester. A public reply without an agent was posted by an
 * integration or automation: its author is the event's actor from metadata. Projection and fold both derive entries
 * here, so they agree.
 */
record MessageEntry(UUID id, String kind, String authorType, String authorId, Instant createdAt) {

    static final String DESCRIPTION = "description";
    static final String CUSTOMER_MESSAGE = "customer-message";
    static final String PUBLIC_REPLY = "public-reply";
    static final String INTERNAL_NOTE = "internal-note";

    /** The entry an event adds to the conversation, if it adds one. */
    static Optional<MessageEntry> of(Object event, Map<String, ?> metaData, Instant at) {
        Instant when = Times.micros(at);
        return Optional.ofNullable(switch (event) {
            case TicketCreatedEvent e when e.firstMessageId() != null -> new MessageEntry(e.firstMessageId().value(),
                    DESCRIPTION, "customer", e.requesterId().toString(), when);
            case CustomerMessageAddedEvent e -> new MessageEntry(e.messageId().value(), CUSTOMER_MESSAGE, "customer",
                    e.authorId().toString(), when);
            case PublicReplyAddedEvent e when e.authorId() != null -> new MessageEntry(e.messageId().value(),
                    PUBLIC_REPLY, "agent", e.authorId().toString(), when);
            case PublicReplyAddedEvent e -> byActor(e.messageId().value(), PUBLIC_REPLY, metaData, when);
            case InternalNoteAddedEvent e when e.authorId() != null -> new MessageEntry(e.messageId().value(),
                    INTERNAL_NOTE, "agent", e.authorId().toString(), when);
            case InternalNoteAddedEvent e -> byActor(e.messageId().value(), INTERNAL_NOTE, metaData, when);
            default -> null;
        });
    }

    /** A message posted with no agent as author (an integration, say) is attributed to the actor that sent it. */
    private static MessageEntry byActor(UUID id, String kind, Map<String, ?> metaData, Instant when) {
        String actorType = MetaDataText.of(metaData, MetadataKeys.ACTOR_TYPE);
        return new MessageEntry(id, kind, actorType == null ? "system" : actorType,
                MetaDataText.of(metaData, MetadataKeys.ACTOR_ID), when);
    }
}
