package io.autocrm.command.ticket;

import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.command.web.Versions;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creates and changes tickets. Every answer carries the ticket's resulting version, also as ETag; changes accept
 * {@code If-Match} with a version and fail with a version conflict when the ticket has moved on.
 */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    private final TicketCreation creation;
    private final CommandDispatcher commands;

    TicketController(TicketCreation creation, CommandDispatcher commands) {
        this.creation = creation;
        this.commands = commands;
    }

    @Operation(summary = "Open a ticket (Idempotency-Key makes retries safe)")
    @PostMapping
    ResponseEntity<CreatedTicket> create(@Valid @RequestBody CreateTicketRequest request,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        TicketCreation.Outcome outcome = creation.create(request, key);
        CreatedTicket ticket = outcome.ticket();
        ResponseEntity.BodyBuilder response = outcome.replayed()
                ? ResponseEntity.ok().header(IDEMPOTENT_REPLAYED, "true")
                : ResponseEntity.status(HttpStatus.CREATED);
        return response.location(URI.create("/api/v1/tickets/" + ticket.id()))
                .eTag(Versions.etag(ticket.version())).body(ticket);
    }

    @Operation(summary = "Change a ticket's properties (If-Match: its version)")
    @PatchMapping("/{id}")
    ResponseEntity<UpdatedTicket> update(@PathVariable("id") TicketId ticketId,
                                         @Valid @RequestBody UpdateTicketRequest request,
                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                         String ifMatch) {
        UpdateTicketCommand command = request.toCommand(ticketId, Versions.expectedAggregateVersion(ifMatch));
        long version = onTicket(() -> commands.<Long>send(command));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(new UpdatedTicket(ticketId.toString(), version));
    }

    @Operation(summary = "Add a public reply, customer message or internal note")
    @PostMapping("/{id}/messages")
    ResponseEntity<AddedMessage> addMessage(@PathVariable("id") TicketId ticketId,
                                            @Valid @RequestBody AddMessageRequest request,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch) {
        Object command = request.toCommand(ticketId, Versions.expectedAggregateVersion(ifMatch), MessageId.random());
        MessageAddition added = onTicket(() -> commands.<MessageAddition>send(command));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(added.version()))
                .body(new AddedMessage(added.ticketId().toString(), added.messageId().toString(), added.version(),
                        added.followUp()));
    }

    private static <T> T onTicket(Supplier<T> send) {
        try {
            return send.get();
        } catch (AggregateNotFoundException e) {
            throw RequestValues.notFound();
        }
    }

    /** The answer to a change: the ticket and its resulting version. */
    record UpdatedTicket(String id, long version) {
    }

    /** The answer to a message: the ticket that got it (a follow-up when the addressed one was closed). */
    record AddedMessage(String ticketId, String messageId, long version, boolean followUp) {
    }
}
