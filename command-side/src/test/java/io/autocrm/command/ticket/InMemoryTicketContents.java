package io.autocrm.command.ticket;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Ticket texts in memory, for aggregate fixtures: content id -> stored row (and a message's HTML in {@link #html}). */
final class InMemoryTicketContents implements TicketContents {

    record Row(UUID ticketId, UUID subjectId, String kind, String body) {
    }

    final Map<UUID, Row> rows = new LinkedHashMap<>();
    final Map<UUID, String> html = new LinkedHashMap<>();

    @Override
    public void addSubject(TicketId ticketId, CustomerId subjectId, String subject) {
        put(ticketId.value(), new Row(ticketId.value(), subjectId.value(), "subject", subject));
    }

    @Override
    public void addMessage(MessageId messageId, TicketId ticketId, CustomerId subjectId, MessageBody body) {
        put(messageId.value(), new Row(ticketId.value(), subjectId.value(), "message", body.text()));
        html.put(messageId.value(), body.html());
    }

    @Override
    public Optional<String> subjectOf(TicketId ticketId) {
        return Optional.ofNullable(rows.get(ticketId.value())).filter(row -> row.kind().equals("subject"))
                .map(Row::body);
    }

    @Override
    public Optional<String> descriptionOf(TicketId ticketId) {
        return rows.values().stream().filter(row -> row.kind().equals("message"))
                .filter(row -> row.ticketId().equals(ticketId.value())).map(Row::body).findFirst();
    }

    @Override
    public Optional<MessageBody> messageOf(MessageId messageId) {
        return Optional.ofNullable(rows.get(messageId.value())).filter(row -> row.kind().equals("message"))
                .map(row -> new MessageBody(row.body(), html.get(messageId.value())));
    }

    @Override
    public void addSideSubject(SideConversationId conversationId, TicketId ticketId, CustomerId subjectId,
                               String subject) {
        put(conversationId.value(), new Row(ticketId.value(), subjectId.value(), "side-subject", subject));
    }

    @Override
    public void addSideMessage(MessageId messageId, TicketId ticketId, CustomerId subjectId, MessageBody body) {
        put(messageId.value(), new Row(ticketId.value(), subjectId.value(), "side-message", body.text()));
        html.put(messageId.value(), body.html());
    }

    @Override
    public Optional<String> sideSubjectOf(SideConversationId conversationId) {
        return Optional.ofNullable(rows.get(conversationId.value())).filter(row -> row.kind().equals("side-subject"))
                .map(Row::body);
    }

    @Override
    public Optional<MessageBody> sideMessageOf(MessageId messageId) {
        return Optional.ofNullable(rows.get(messageId.value())).filter(row -> row.kind().equals("side-message"))
                .map(row -> new MessageBody(row.body(), html.get(messageId.value())));
    }

    private void put(UUID contentId, Row row) {
        if (rows.putIfAbsent(contentId, row) != null) {
            throw new IllegalStateException("content " + contentId + " stored twice");
        }
    }
}
