package io.autocrm.command.routing;

import io.autocrm.command.access.Memberships;
import io.autocrm.command.rules.TicketSnapshot;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketSkillsRequiredEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketTeamUnassignedEvent;
import io.autocrm.events.ticket.TicketTypeChangedEvent;
import io.autocrm.events.ticket.TicketUnassignedEvent;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads tickets' past from the event store (never a read model): the last tickets created, a ticket as it was when
 * created (its creation event folded, for dry runs), and what anyone but routing changed of it since.
 */
@Component
class TicketHistories {

    private static final String CREATED = TicketCreatedEvent.class.getName();

    private final EventStore events;
    private final JdbcClient jdbc;
    private final TicketFacts facts;
    private final Memberships memberships;

    TicketHistories(EventStore events, JdbcClient jdbc, TicketFacts facts, Memberships memberships) {
        this.events = events;
        this.jdbc = jdbc;
        this.facts = facts;
        this.memberships = memberships;
    }

    /** The ids of the last {@code limit} tickets created, newest first. */
    List<TicketId> lastCreated(int limit) {
        return jdbc.sql("""
                SELECT aggregate_identifier FROM events.domain_event_entry WHERE payload_type = :type
                 ORDER BY global_index DESC LIMIT :limit""")
                .param("type", CREATED).param("limit", limit).query(String.class).list().stream()
                .map(id -> new TicketId(UUID.fromString(id))).toList();
    }

    /** The ticket as it was when created: its creation event folded, with its subject, description, organisation. */
    Optional<AsCreated> asCreated(TicketId ticketId) {
        DomainEventStream stream = events.readEvents(ticketId.toString(), 0L);
        if (!stream.hasNext() || !TicketCreatedEvent.class.isAssignableFrom(stream.peek().getPayloadType())) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        TicketCreatedEvent created = (TicketCreatedEvent) first.getPayload();
        Instant at = first.getTimestamp();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (CustomFieldValue value : created.customFields()) {
            fields.put(value.fieldKey(), value.values());
        }
        TicketFacts.Facts folded = new TicketFacts.Facts(ticketId, created.number(), created.requesterId(),
                created.status().key(), created.priority(), created.type(), created.assigneeId(), created.teamId(),
                List.copyOf(created.tags()), fields, 1, created.channel(), created.status().category(), List.of(), at,
                at, at, false);
        OrganisationId organisation = created.requesterId() == null ? null : memberships
                .membershipOf(created.requesterId()).map(Memberships.Membership::organisationId).orElse(null);
        String subject = facts.subjectOf(ticketId).orElse("");
        return Optional.of(new AsCreated(new TicketSnapshot(folded, organisation, subject,
                facts.descriptionOf(ticketId).orElse("")), at));
    }

    /** A ticket as created, and when. */
    record AsCreated(TicketSnapshot snapshot, Instant createdAt) {
    }

    /** What anyone but routing changed of the ticket after its creation. */
    PersonsChanges personsChanges(TicketId ticketId) {
        Set<String> properties = new HashSet<>();
        Set<String> removedTags = new HashSet<>();
        DomainEventStream stream = events.readEvents(ticketId.toString(), 1L);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (RoutingProcessManager.byRouting(event)) {
                continue;
            }
            String property = property(event.getPayloadType());
            if (property != null) {
                properties.add(property);
            }
            if (event.getPayload() instanceof TicketUntaggedEvent untagged) {
                removedTags.addAll(untagged.tags());
            }
        }
        return new PersonsChanges(properties, removedTags);
    }

    private static String property(Class<?> type) {
        if (type == TicketTeamAssignedEvent.class || type == TicketTeamUnassignedEvent.class) {
            return "team";
        }
        if (type == TicketAssignedEvent.class || type == TicketUnassignedEvent.class) {
            return "assignee";
        }
        if (type == TicketPriorityChangedEvent.class) {
            return "priority";
        }
        if (type == TicketTypeChangedEvent.class) {
            return "type";
        }
        return type == TicketSkillsRequiredEvent.class ? "skills" : null;
    }
}
