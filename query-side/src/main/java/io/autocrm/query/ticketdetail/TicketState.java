package io.autocrm.query.ticketdetail;

import io.autocrm.events.ticket.TicketCreatedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** The mutable state {@link TicketFolder} works on. */
final class TicketState {

    final UUID ticketId;
    final long number;
    final UUID requesterId;
    final String channel;
    final UUID followUpOf;
    final TreeSet<String> tags = new TreeSet<>();
    final Map<String, List<String>> customFields = new TreeMap<>();
    final List<MessageEntry> messages = new ArrayList<>();
    String statusKey;
    String statusCategory;
    String priority;
    String type;
    UUID assigneeId;
    UUID teamId;
    Instant createdAt;
    Instant updatedAt;
    Instant firstResponseAt;
    Instant solvedAt;
    int messageCount;
    long version;

    private TicketState(TicketCreatedEvent e) {
        ticketId = e.ticketId().value();
        number = e.number();
        requesterId = e.requesterId().value();
        channel = e.channel().key();
        followUpOf = e.followUpOf() == null ? null : e.followUpOf().value();
        priority = e.priority().key();
        type = e.type().key();
        assigneeId = e.assigneeId() == null ? null : e.assigneeId().value();
        teamId = e.teamId() == null ? null : e.teamId().value();
        messageCount = e.firstMessageId() == null ? 0 : 1;
        if (e.tags() != null) {
            tags.addAll(e.tags());
        }
        TicketFolder.initialFields(this, e.customFields());
    }

    static TicketState created(TicketCreatedEvent e) {
        TicketState state = new TicketState(e);
        state.statusKey = e.status().key();
        state.statusCategory = e.status().category().key();
        return state;
    }

    void created(Instant at) {
        createdAt = at;
        solvedAt = "solved".equals(statusCategory) ? at : null;
    }

    void status(String key, String category, Instant at) {
        boolean entersSolved = "solved".equals(category) && !"solved".equals(statusCategory);
        boolean keepsSolved = "solved".equals(category) || "closed".equals(category);
        solvedAt = entersSolved ? at : keepsSolved ? solvedAt : null;
        statusKey = key;
        statusCategory = category;
    }

    void customField(String key, List<String> values) {
        if (values.isEmpty()) {
            customFields.remove(key);
        } else {
            customFields.put(key, List.copyOf(values));
        }
    }

    void publicReply(Instant at) {
        messageCount++;
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    void stamp(long newVersion, Instant at) {
        version = newVersion;
        updatedAt = at;
    }

    FoldedTicket toFolded() {
        return new FoldedTicket(ticketId, number, requesterId, statusKey, statusCategory, priority, type, assigneeId,
                teamId, List.copyOf(tags), new TreeMap<>(customFields), channel, followUpOf, createdAt, updatedAt,
                firstResponseAt, solvedAt, messageCount, version, List.copyOf(messages));
    }
}
