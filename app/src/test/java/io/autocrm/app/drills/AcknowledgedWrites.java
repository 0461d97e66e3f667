package io.autocrm.app.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

/** Asserts that every write a load saw acknowledged is in the event store and in the read models. */
final class AcknowledgedWrites {

    private AcknowledgedWrites() {
    }

    /** Every acknowledged write is stored, at or before the version its answer named. */
    static void assertInEventStore(Ledger ledger, DrillDatabase db) {
        SoftAssertions softly = new SoftAssertions();
        for (Ledger.Ticket ticket : ledger.tickets()) {
            softly.assertThat(db.eventTypes(ticket.id)).as("events of acknowledged ticket %s", ticket.id)
                    .hasSizeGreaterThanOrEqualTo((int) ticket.version)
                    .first().asString().endsWith(".TicketCreatedEvent");
            ticket.tagVersions.forEach((tag, version) -> softly.assertThat(
                    firstSequenceMentioning(db, ticket.id, "TicketTaggedEvent", tag))
                    .as("tag %s acknowledged at version %d on %s", tag, version, ticket.id).isBetween(0L, version - 1));
            ticket.messageVersions.forEach((message, version) -> softly.assertThat(
                    firstSequenceMentioning(db, ticket.id, "AddedEvent", message))
                    .as("message %s acknowledged at version %d on %s", message, version, ticket.id)
                    .isBetween(0L, version - 1));
        }
        softly.assertAll();
    }

    /** Every acknowledged write shows in the ticket detail read model. */
    static void assertInReadModels(Ledger ledger, DrillApi api) {
        SoftAssertions softly = new SoftAssertions();
        for (Ledger.Ticket ticket : ledger.tickets()) {
            DrillApi.Reply reply = api.get("/api/v1/tickets/" + ticket.id);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode detail = reply.json();
            softly.assertThat(detail.get("version").asLong()).as("version of %s", ticket.id)
                    .isGreaterThanOrEqualTo(ticket.version);
            softly.assertThat(texts(detail.get("tags"))).as("tags of %s", ticket.id)
                    .containsAll(ticket.tagVersions.keySet());
            Set<String> messageIds = new HashSet<>();
            detail.get("messages").forEach(m -> messageIds.add(m.get("id").asString()));
            softly.assertThat(messageIds).as("messages of %s", ticket.id).containsAll(ticket.messageVersions.keySet());
            if (ticket.priority != null) {
                softly.assertThat(detail.get("priority").asString()).as("priority of %s", ticket.id)
                        .isEqualTo(ticket.priority);
            }
        }
        softly.assertAll();
    }

    /** The lowest sequence number of the ticket's events of that type whose payload mentions the text, or -1. */
    private static long firstSequenceMentioning(DrillDatabase db, String ticketId, String typeSuffix, String text) {
        return db.scalar("""
                SELECT coalesce(min(sequence_number), -1) FROM events.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE ? AND position(? IN convert_from(payload, 'UTF8')) > 0""",
                ticketId, "%" + typeSuffix, text);
    }

    static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
