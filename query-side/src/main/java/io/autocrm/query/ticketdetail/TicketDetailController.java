package io.autocrm.query.ticketdetail;

import io.autocrm.access.CurrentCaller;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.TicketId;
import io.autocrm.query.access.CustomerViewRulesReader;
import io.autocrm.query.access.Viewer;
import io.autocrm.query.web.Params;
import io.autocrm.query.web.TicketReads;
import io.autocrm.query.web.TicketVisibility;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{id}}: the ticket with its conversation and {@code ETag: "<version>"}.
 * {@code minVersion=<n>} waits (bounded by {@code autocrm.read.max-wait}) until the read model has applied version n;
 * ids without a ticket, versions beyond the ticket's and a read model behind answer as {@link TicketReads} says.
 * {@code asOf=<ISO instant>} gives the ticket as it was then, folded from its events (no ETag: it is not the current
 * representation).
 *
 * <p>A customer reads only a ticket they may see ({@link TicketVisibility}: any other answers {@code ticket-not-found}
 * before a version is waited for or an event read), and reads it in the customer view ({@link CustomerTicketDetail}),
 * now or as of an instant.
 */
@RestController
class TicketDetailController {

    private final DetailReader reader;
    private final TicketHistoryAtInstant history;
    private final TicketReads reads;
    private final TicketVisibility visibility;
    private final CurrentCaller callers;
    private final CustomerViewRulesReader customerViewRules;

    TicketDetailController(DetailReader reader, TicketHistoryAtInstant history, TicketReads reads,
                           TicketVisibility visibility, CurrentCaller callers,
                           CustomerViewRulesReader customerViewRules) {
        this.reader = reader;
        this.history = history;
        this.reads = reads;
        this.visibility = visibility;
        this.callers = callers;
        this.customerViewRules = customerViewRules;
    }

    @Operation(summary = "A ticket with its conversation, now or as it was at an instant (asOf)")
    @GetMapping("/api/v1/tickets/{id}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(oneOf = {TicketDetail.class,
            CustomerTicketDetail.class})))
    ResponseEntity<Object> detail(@PathVariable TicketId id,
                                  @RequestParam(required = false) String minVersion,
                                  @RequestParam(required = false) String asOf) {
        Viewer viewer = Viewer.of(callers.caller());
        UUID ticketId = id.value();
        Long min = Params.version("minVersion", minVersion);
        if (asOf != null && min != null) {
            throw Params.invalid("Parameters 'asOf' and 'minVersion' cannot be combined.");
        }
        Instant at = asOf == null ? null : Params.instant("asOf", asOf);
        visibility.require(viewer, ticketId);
        if (at != null) {
            return ResponseEntity.ok(shownTo(viewer, history.detail(ticketId, at)));
        }
        TicketDetail detail = reads.read(ticketId, min, reader::version,
                ticket -> reader.detail(ticket, viewer.isCustomer()));
        return ResponseEntity.ok().eTag("\"" + detail.ticket().version() + "\"").body(shownTo(viewer, detail));
    }

    @Operation(summary = "Download a file of a ticket's message (redirects to a signed link)",
            description = "Whoever may read the message may download its files: customers never reach those of an"
                    + " internal note. Answers 303 See Other to a download link valid for 15 to 30 minutes.")
    @GetMapping("/api/v1/tickets/{id}/attachments/{attachmentId}")
    ResponseEntity<Void> attachment(@PathVariable TicketId id, @PathVariable("attachmentId") String attachmentId) {
        Viewer viewer = Viewer.of(callers.caller());
        visibility.require(viewer, id.value());
        AttachmentView file = reader.detail(id.value(), viewer.isCustomer()).stream()
                .flatMap(detail -> java.util.stream.Stream.concat(
                        detail.messages().stream().flatMap(m -> m.attachments().stream()),
                        detail.sideConversations().stream().flatMap(c -> c.messages().stream())
                                .flatMap(m -> m.attachments().stream())))
                .filter(f -> f.id().equalsIgnoreCase(attachmentId)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.ATTACHMENT_NOT_FOUND,
                        "No file of this ticket's messages that you may read has this id."));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(file.url())).build();
    }

    private Object shownTo(Viewer viewer, TicketDetail detail) {
        return viewer.isCustomer() ? CustomerTicketDetail.of(detail, customerViewRules.current()) : detail;
    }
}
