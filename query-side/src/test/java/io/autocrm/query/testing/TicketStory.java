package io.autocrm.query.testing;

import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * The events of one ticket as the command side would store them: consecutive sequence numbers, timestamps one minute
 * apart from {@code start}, and the metadata every event carries.
 */
public final class TicketStory {

    public final UUID ticketId;
    public final TicketId id;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Instant clock;

    public TicketStory(UUID ticketId, Instant start) {
        this.ticketId = ticketId;
        this.id = new TicketId(ticketId);
        this.clock = start;
    }

    /** A plain creation: new, normal, question, by email, with a description. */
    public static TicketCreatedEvent created(UUID ticketId, long number, UUID requesterId, UUID firstMessageId) {
        return new TicketCreatedEvent(new TicketId(ticketId), number, new CustomerId(requesterId), Channel.EMAIL,
                Status.builtIn(StatusCategory.NEW), Priority.NORMAL, TicketType.QUESTION, null, null, List.of(),
                List.of(), new MessageId(firstMessageId), null);
    }

    public static TicketCreatedEvent created(UUID ticketId, long number, UUID requesterId, UUID firstMessageId,
                                             Priority priority, List<String> tags, List<CustomFieldValue> fields) {
        return new TicketCreatedEvent(new TicketId(ticketId), number, new CustomerId(requesterId), Channel.WEB,
                Status.builtIn(StatusCategory.NEW), priority, TicketType.INCIDENT, null, null, tags, fields,
                new MessageId(firstMessageId), null);
    }

    /** The next event, by an agent through the web. */
    public DomainEventMessage<?> next(Object payload) {
        return next(payload, Map.of(MetadataKeys.ACTOR_TYPE, "user", MetadataKeys.ACTOR_ID, "agent-1",
                MetadataKeys.CHANNEL, "web"));
    }

    public DomainEventMessage<?> next(Object payload, Map<String, ?> metaData) {
        Map<String, Object> all = new HashMap<>(metaData);
        all.putIfAbsent(MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString());
        all.putIfAbsent(MetadataKeys.CAUSATION_ID, UUID.randomUUID().toString());
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Ticket", ticketId.toString(), events.size(),
                payload, all, UUID.randomUUID().toString(), clock);
        events.add(event);
        clock = clock.plus(Duration.ofMinutes(1));
        return event;
    }

    public List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    public DomainEventMessage<?> last() {
        return events.getLast();
    }
}
