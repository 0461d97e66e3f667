package io.autocrm.command.ticket;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.platform.web.RequestIds;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/v1/tickets/{id}/messages}. {@code kind}: public-reply, customer-message or
 * internal-note. {@code authorId}: an agent for replies and notes (none: an integration), a customer for customer
 * messages (none: the requester). {@code format}: {@code text} (default) or {@code html}, sanitised against an
 * allow-list. {@code attachmentIds}: the caller's pending uploads ({@code POST /api/v1/uploads}) to put on the message.
 */
record AddMessageRequest(@NotNull @Schema(allowableValues = {"public-reply", "customer-message", "internal-note"})
                         String kind,
                         @NotBlank @Size(max = TicketTexts.MAX_BODY) String body,
                         String authorId,
                         @Schema(allowableValues = {"text", "html"}, defaultValue = "text") String format,
                         @Size(max = 100) List<String> attachmentIds)
        implements StrictJson {

    /** This request with more files (those that came in the same multipart request). */
    AddMessageRequest withAttachments(List<String> more) {
        List<String> all = new ArrayList<>(attachmentIds == null ? List.of() : attachmentIds);
        all.addAll(more);
        return new AddMessageRequest(kind, body, authorId, format, all);
    }

    Object toCommand(TicketId ticketId, Long expectedAggregateVersion, MessageId messageId) {
        List<AttachmentId> files = RequestValues.attachmentIds(attachmentIds);
        return switch (kind) {
            case "public-reply" -> new AddPublicReplyCommand(ticketId, expectedAggregateVersion, messageId,
                    RequestIds.optional(authorId, "authorId", AgentId::new), body, format, files);
            case "customer-message" -> new AddCustomerMessageCommand(ticketId, expectedAggregateVersion, messageId,
                    RequestIds.optional(authorId, "authorId", CustomerId::new), body, format, files);
            case "internal-note" -> new AddInternalNoteCommand(ticketId, expectedAggregateVersion, messageId,
                    RequestIds.optional(authorId, "authorId", AgentId::new), body, format, files);
            default -> throw RequestValues.failed("kind is one of public-reply, customer-message, internal-note.");
        };
    }
}
