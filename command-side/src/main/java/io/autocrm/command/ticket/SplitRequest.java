package io.autocrm.command.ticket;

import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.platform.web.RequestIds;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/v1/tickets/{id}/split}: the messages to move into a new ticket for the same requester,
 * and its subject.
 */
record SplitRequest(@NotEmpty @Size(max = 500) @Schema(description = "Ids of this ticket's own messages to move")
                    List<String> messageIds,
                    @NotBlank @Size(max = TicketTexts.MAX_SUBJECT) String subject) implements StrictJson {

    SplitTicketCommand toCommand(TicketId ticketId, Long expectedAggregateVersion) {
        List<MessageId> ids = messageIds.stream()
                .map(raw -> {
                    MessageId id = RequestIds.optional(raw, "messageIds", MessageId::new);
                    if (id == null) {
                        throw new InvalidInput("messageIds must not hold null.");
                    }
                    return id;
                }).distinct().toList();
        return new SplitTicketCommand(ticketId, expectedAggregateVersion, TicketId.random(), ids, subject);
    }
}
