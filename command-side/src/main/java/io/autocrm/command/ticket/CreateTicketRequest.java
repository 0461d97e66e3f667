package io.autocrm.command.ticket;

import io.autocrm.command.customer.Customer;
import io.autocrm.platform.web.StrictJson;
import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.CustomerId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/tickets}. The requester is an existing customer ({@code requesterId}) or a name and
 * email ({@code requester}), registered when new. {@code channel} defaults to the request's channel header (else
 * api). {@code customFields} maps field keys to a string, number, boolean, array or null. A customer opens tickets
 * for themselves (no requester needed) and sets only subject, description, channel, type and the custom fields they see.
 * {@code format} is the description's: {@code text} (default) or {@code html}, sanitised against an allow-list.
 * {@code attachmentIds}: the caller's pending uploads, put on the description.
 */
record CreateTicketRequest(@NotBlank @Size(max = TicketTexts.MAX_SUBJECT) String subject,
                           @NotBlank @Size(max = TicketTexts.MAX_BODY) String description,
                           String requesterId,
                           @Valid Requester requester,
                           @Schema(allowableValues = {"web", "email", "api", "chat", "widget", "system"})
                           String channel,
                           String status,
                           @Schema(allowableValues = {"low", "normal", "high", "urgent"}) String priority,
                           @Schema(allowableValues = {"question", "incident", "problem", "task"}) String type,
                           String assigneeId,
                           String teamId,
                           @Size(max = 100) List<String> tags,
                           Map<String, Object> customFields,
                           @Schema(allowableValues = {"text", "html"}, defaultValue = "text") String format,
                           @Size(max = 100) List<String> attachmentIds)
        implements StrictJson {

    /** The files for the description: ids of the caller's pending uploads ({@code POST /api/v1/uploads}). */
    List<AttachmentId> attachments() {
        return RequestValues.attachmentIds(attachmentIds);
    }

    /** This request made for the existing customer {@code requester}. */
    CreateTicketRequest forRequester(CustomerId requester) {
        return new CreateTicketRequest(subject, description, requester.toString(), null, channel, status, priority,
                type, assigneeId, teamId, tags, customFields, format, attachmentIds);
    }

    /** A requester by name and email. */
    record Requester(@Size(max = Customer.MAX_NAME) String name, @NotBlank @Email @Size(max = 320) String email)
            implements StrictJson {
    }
}
