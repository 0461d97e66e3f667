package io.autocrm.query.ticketdetail;

import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.query.postgres.InitialCustomFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** The mutable state {@link TicketFolder} works on. */
final class TicketState {

    /** Code point order, as the read model sorts tags ({@code COLLATE "C"}); {@code compareTo} sorts UTF-16 units. */
    private static final Comparator<String> CODE_POINT_ORDER = (a, b) ->
            Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    final UUID ticketId;
    final long number;
    final UUID requesterId;
    final String channel;
    final UUID followUpOf;
    final TreeSet<String> tags = new TreeSet<>(CODE_POINT_ORDER);
    final Map<String, List<String>> customFields;
    final List<MessageEntry> messages = new ArrayList<>();
    final TicketLinkCollector links = new TicketLinkCollector();
    final Map<UUID, MessageOrigin> linkedMessages = new LinkedHashMap<>();
    final Map<UUID, TicketRef> movedTo = new HashMap<>();
    final Instant createdAt;
    String statusKey;
    String statusCategory;
    String priority;
    String type;
    UUID assigneeId;
    UUID teamId;
    Instant updatedAt;
    Instant firstResponseAt;
    Instant solvedAt;
    int messageCount;
    long version;

    private TicketState(TicketCreatedEvent e, Instant at) {
        ticketId = e.ticketId().value();
        number = e.number();
        requesterId = e.requesterId().value();
        channel = e.channel().key();
        followUpOf = e.followUpOf() == null ? null : e.followUpOf().value();
        statusKey = e.status().key();
        statusCategory = e.status().category().key();
        priority = e.priority().key();
        type = e.type().key();
        assigneeId = e.assigneeId() == null ? null : e.assigneeId().value();
        teamId = e.teamId() == null ? null : e.teamId().value();
        tags.addAll(e.tags() == null ? List.of() : e.tags());
        customFields = InitialCustomFields.of(e);
        messageCount = e.firstMessageId() == null ? 0 : 1;
        createdAt = at;
        solvedAt = "solved".equals(statusCategory) ? at : null;
    }

    /** The state of a ticket just created by {@code e} at {@code at}. */
    static TicketState created(TicketCreatedEvent e, Instant at) {
        return new TicketState(e, at);
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

    /** Links this ticket to {@code other} and shows {@code messageIds} of its history here, marked as from it. */
    void link(String relation, TicketId other, long otherNumber, List<MessageId> messageIds, String messageRelation) {
        TicketRef ref = new TicketRef(other.toString(), otherNumber);
        links.add(relation, ref);
        messageIds.forEach(id -> linkedMessages.put(id.value(),
                new MessageOrigin(ref.id(), otherNumber, messageRelation)));
    }

    /** The merge of {@code merged} into this ticket was undone: its messages leave. */
    void unlinkMerged(TicketId merged, List<MessageId> messageIds) {
        links.remove("merged-from", merged.toString());
        messageIds.forEach(id -> linkedMessages.remove(id.value()));
    }

    /** {@code messageIds} moved to the new ticket {@code to}. */
    void splitInto(TicketId to, long toNumber, List<MessageId> messageIds) {
        TicketRef ref = new TicketRef(to.toString(), toNumber);
        links.add("split-into", ref);
        messageIds.forEach(id -> movedTo.put(id.value(), ref));
    }

    void stamp(long newVersion, Instant at) {
        version = newVersion;
        updatedAt = at;
    }

    FoldedTicket toFolded() {
        return new FoldedTicket(ticketId, number, requesterId, statusKey, statusCategory, priority, type, assigneeId,
                teamId, List.copyOf(tags), new TreeMap<>(customFields), channel, followUpOf, createdAt, updatedAt,
                firstResponseAt, solvedAt, messageCount, version, List.copyOf(messages), links.links(),
                Map.copyOf(linkedMessages), Map.copyOf(movedTo));
    }
}
