package io.autocrm.command.ticket;

import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies of the side-conversation endpoints ({@link SideConversationController}). */
final class SideConversationRequests {

    private SideConversationRequests() {
    }

    /**
     * {@code POST /api/v1/tickets/{id}/side-conversations}: to whom ({@code to}: e-mail addresses, found among the
     * contacts or registered), about what, the first message ({@code format} text or html, sanitised), and the
     * caller's pending uploads to attach. {@code authorId}: the agent writing (an integration's key may name one).
     */
    record StartSideConversation(@NotBlank @Size(max = TicketTexts.MAX_SUBJECT) String subject,
                 @NotBlank @Size(max = TicketTexts.MAX_BODY) String body,
                 @Schema(allowableValues = {"text", "html"}, defaultValue = "text") String format,
                 @Size(min = 1, max = Ticket.MAX_SIDE_RECIPIENTS) List<@NotBlank @Size(max = 320) String> to,
                 String authorId, @Size(max = 100) List<String> attachmentIds) implements StrictJson {
    }

    /**
     * {@code POST /api/v1/tickets/{id}/side-conversations/{conversationId}/messages}: a message in the thread, to
     * {@code to} or (none) to whom its last message went.
     */
    record SideMessageRequest(@NotBlank @Size(max = TicketTexts.MAX_BODY) String body,
                   @Schema(allowableValues = {"text", "html"}, defaultValue = "text") String format,
                   @Size(max = Ticket.MAX_SIDE_RECIPIENTS) List<@NotBlank @Size(max = 320) String> to,
                   String authorId, @Size(max = 100) List<String> attachmentIds) implements StrictJson {
    }
}
