package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;
import io.autocrm.platform.web.RequestIds;
import io.autocrm.platform.web.StrictJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The body of {@code POST /api/v1/tickets/{id}/merge}: the ticket to merge into the one in the path (the survivor),
 * and optionally the version of it the caller saw (the survivor's goes in {@code If-Match}); a stale one is a
 * {@code version-conflict}.
 */
record MergeRequest(@NotNull @Schema(description = "The ticket merged into the survivor (closed as merged)")
                    String mergedTicketId,
                    @Positive @Schema(description = "The merged ticket's version the caller saw (its ETag)")
                    Long mergedTicketVersion) implements StrictJson {

    MergeTicketsCommand toCommand(TicketId survivorId, Long survivorExpectedVersion) {
        TicketId mergedId = RequestIds.optional(mergedTicketId, "mergedTicketId", TicketId::new);
        return new MergeTicketsCommand(survivorId, survivorExpectedVersion, mergedId,
                mergedTicketVersion == null ? null : mergedTicketVersion - 1);
    }
}
