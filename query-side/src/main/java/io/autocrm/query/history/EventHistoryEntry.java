package io.autocrm.query.history;

import io.autocrm.query.web.ActorView;
import io.autocrm.query.web.CauseView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/**
 * One event of a ticket's history.
 *
 * @param version  the ticket's version after this event (sequence number + 1)
 * @param type     the event's simple class name, e.g. {@code TicketStatusChangedEvent}
 * @param revision the payload's revision as served (current shape, after upcasting)
 * @param actor    who caused it: type, id, role (null on events recorded before roles were) and a person's name
 * @param payload  the event's fields: ids as strings, enum values as their keys
 */
public record EventHistoryEntry(long version, String eventId, String type, String revision, Instant occurredAt,
                                Metadata metadata, ActorView actor, Map<String, Object> payload) {

    /**
     * Who, through which channel and in which chain of messages, and what besides the actor caused it (a macro; staff
     * only). Values are null when absent.
     */
    public record Metadata(String actorType, String actorId,
                           @Schema(allowableValues = {"web", "email", "api", "chat", "widget", "system"}) String channel, String correlationId,
                           String causationId, CauseView cause) {
    }

    EventHistoryEntry withActor(ActorView newActor) {
        return new EventHistoryEntry(version, eventId, type, revision, occurredAt, metadata, newActor, payload);
    }
}
