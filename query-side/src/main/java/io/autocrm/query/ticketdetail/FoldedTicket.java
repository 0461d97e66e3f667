package io.autocrm.query.ticketdetail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ticket's state folded from its events: the same facts the read model rows hold, ids only, no personal data.
 * {@code messages} are its own; {@code linkedMessages} names the messages it shows from other tickets' histories
 * (their entries come from those tickets' events), {@code movedTo} the ones it split off.
 */
record FoldedTicket(UUID ticketId, long number, UUID requesterId, String statusKey, String statusCategory,
                    String priority, String type, UUID assigneeId, UUID teamId, List<String> tags,
                    Map<String, List<String>> customFields, String channel, UUID followUpOf, Instant createdAt,
                    Instant updatedAt, Instant firstResponseAt, Instant solvedAt, int messageCount, long version,
                    List<MessageEntry> messages, TicketLinks links, Map<UUID, MessageOrigin> linkedMessages,
                    Map<UUID, TicketRef> movedTo) {
}
