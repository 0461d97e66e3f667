package io.autocrm.query.ticketdetail;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A side conversation of a ticket (staff only): a thread by mail with people outside the ticket. {@code subject} is
 * null once erased; {@code messages} oldest first.
 */
public record SideConversationView(String id, String subject,
                                   @Schema(allowableValues = {"open", "closed"}) String state,
                                   MessageView.Author startedBy, Instant startedAt, Instant updatedAt,
                                   List<SideMessageView> messages) {

    public SideConversationView {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /**
     * One message of a side conversation: {@code out} (an agent wrote it, mailed to {@code to}) or {@code in} (an
     * answer from {@code from}, a contact). Texts, names and addresses are null once erased.
     */
    public record SideMessageView(String id, @Schema(allowableValues = {"out", "in"}) String direction,
                                  MessageView.Author author, ParticipantView from, List<ParticipantView> to,
                                  String body, String bodyHtml,
                                  Instant createdAt, List<AttachmentView> attachments) {

        public SideMessageView {
            to = to == null ? List.of() : List.copyOf(to);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }
}
