package io.autocrm.command.ticket;

import io.autocrm.command.customer.CustomerLookup;
import io.autocrm.command.files.Uploads;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.command.web.Versions;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.EmailAddress;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.platform.web.RequestIds;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Creates and changes tickets. Every answer carries the ticket's resulting version, also as ETag; changes accept
 * {@code If-Match} with a version and fail with a version conflict when the ticket has moved on.
 */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    private static final int MAX_FORWARDS = 16;
    private final TicketCreation creation;
    private final CommandDispatcher commands;
    private final Uploads uploads;
    private final CustomerLookup customers;

    TicketController(TicketCreation creation, CommandDispatcher commands, Uploads uploads, CustomerLookup customers) {
        this.creation = creation;
        this.commands = commands;
        this.uploads = uploads;
        this.customers = customers;
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

    @Operation(summary = "Add a public reply, customer message or internal note, with files (multipart)",
            description = "The message as JSON in the part 'message', its files in parts named 'files'. The same"
                    + " as uploading each file (POST /uploads) and naming them in attachmentIds.")
    @PostMapping(path = "/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AddedMessage> addMessageWithFiles(@PathVariable("id") TicketId ticketId,
                                                     @Valid @RequestPart("message") AddMessageRequest request,
                                                     @RequestPart(value = "files", required = false)
                                                     List<MultipartFile> files,
                                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                     String ifMatch) {
        return addMessage(ticketId, request.withAttachments(uploads.storeAll(files)), ifMatch);
    }

    @Operation(summary = "Add a public reply, customer message or internal note")
    @PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AddedMessage> addMessage(@PathVariable("id") TicketId ticketId,
                                            @Valid @RequestBody AddMessageRequest request,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch) {
        Object command = request.toCommand(ticketId, Versions.expectedAggregateVersion(ifMatch), MessageId.random());
        MessageAddition added = onTicket(() -> commands.<MessageAddition>send(command));
        String forwardedFrom = added.forwardTo() == null ? null : ticketId.toString();
        for (int hops = 0; added.forwardTo() != null; hops++) {
            if (hops == MAX_FORWARDS) {
                throw new IllegalStateException("Merged tickets form a chain longer than " + MAX_FORWARDS);
            }
            Object forwarded = request.toCommand(added.forwardTo(), null, added.messageId());
            added = onTicket(() -> commands.<MessageAddition>send(forwarded));
        }
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(added.version()))
                .body(new AddedMessage(added.ticketId().toString(), added.messageId().toString(), added.version(),
                        added.followUp(), forwardedFrom));
    }

    @Operation(summary = "Merge another ticket into this one (If-Match: this ticket's version)",
            description = "The merged ticket is closed as merged and points here; its conversation shows in this"
                    + " ticket's timeline, marked as coming from it; customers writing to it land here. Both tickets"
                    + " change in one transaction or neither does. Undo with POST /tickets/{merged}/unmerge.")
    @PostMapping("/{id}/merge")
    ResponseEntity<MergedTickets> merge(@PathVariable("id") TicketId survivorId, @Valid @RequestBody MergeRequest request,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                        String ifMatch) {
        MergeTicketsCommand command = request.toCommand(survivorId, Versions.expectedAggregateVersion(ifMatch));
        MergeOutcome outcome = onTicket(() -> commands.<MergeOutcome>send(command));
        return ResponseEntity.ok().eTag(Versions.etag(outcome.survivorVersion())).body(MergedTickets.of(outcome));
    }

    @Operation(summary = "Undo the merge of this ticket into another (If-Match: this ticket's version)",
            description = "This ticket reopens in the status it had before the merge and its messages leave the"
                    + " survivor's timeline; whatever the survivor got since stays there.")
    @PostMapping("/{id}/unmerge")
    ResponseEntity<MergedTickets> unmerge(@PathVariable("id") TicketId mergedId,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch) {
        UnmergeTicketCommand command = new UnmergeTicketCommand(mergedId, Versions.expectedAggregateVersion(ifMatch));
        MergeOutcome outcome = onTicket(() -> commands.<MergeOutcome>send(command));
        return ResponseEntity.ok().eTag(Versions.etag(outcome.mergedVersion())).body(MergedTickets.of(outcome));
    }

    @Operation(summary = "Move chosen messages into a new ticket for the same requester (If-Match: its version)",
            description = "The new ticket's timeline shows the moved messages; this ticket keeps them in its history,"
                    + " shown as moved. Both tickets link to each other.")
    @PostMapping("/{id}/split")
    ResponseEntity<SplitTicket> split(@PathVariable("id") TicketId ticketId, @Valid @RequestBody SplitRequest request,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                      String ifMatch) {
        SplitTicketCommand command = request.toCommand(ticketId, Versions.expectedAggregateVersion(ifMatch));
        SplitOutcome outcome = onTicket(() -> commands.<SplitOutcome>send(command));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/tickets/" + outcome.newTicketId()))
                .eTag(Versions.etag(outcome.version()))
                .body(new SplitTicket(ticketId.toString(), outcome.version(), outcome.newTicketId().toString(),
                        outcome.newNumber(), outcome.newVersion()));
    }

    @Operation(summary = "Add a participant (CC) to a ticket (If-Match: its version)",
            description = "By customerId, or by email (the customer with that address, or a new one registered with"
                    + " the optional name). Participants get the ticket's public replies by mail (in Cc) and their mail"
                    + " to the ticket is added to it. Adding the requester or a participant again changes nothing."
                    + " Staff and integrations only.")
    @PostMapping("/{id}/participants")
    ResponseEntity<AddedParticipant> addParticipant(@PathVariable("id") TicketId ticketId,
                                                    @Valid @RequestBody ParticipantRequest request,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                    String ifMatch) {
        if ((request.customerId() == null) == (request.email() == null)) {
            throw RequestValues.failed("Name the participant by customerId or by email, not both.");
        }
        CreateTicketCommand.Requester person;
        if (request.customerId() != null) {
            person = CreateTicketCommand.Requester.existing(
                    RequestIds.optional(request.customerId(), "customerId", CustomerId::new));
        } else {
            String email = EmailAddress.parse(request.email(), "A participant's email").value();
            person = customers.findByEmail(email).map(CreateTicketCommand.Requester::existing)
                    .orElseGet(() -> CreateTicketCommand.Requester.registering(CustomerId.random(),
                            request.name() == null || request.name().isBlank()
                                    ? email.substring(0, email.indexOf('@')) : request.name().strip(), email));
        }
        long version = onTicket(() -> commands.<Long>send(new ChangeParticipantsCommand(ticketId,
                Versions.expectedAggregateVersion(ifMatch), List.of(person), List.of())));
        return ResponseEntity.ok().eTag(Versions.etag(version))
                .body(new AddedParticipant(ticketId.toString(), person.id().toString(), version));
    }

    @Operation(summary = "Remove a participant (CC) from a ticket (If-Match: its version)")
    @DeleteMapping("/{id}/participants/{customerId}")
    ResponseEntity<UpdatedTicket> removeParticipant(@PathVariable("id") TicketId ticketId,
                                                    @PathVariable("customerId") CustomerId customerId,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                    String ifMatch) {
        long version = onTicket(() -> commands.<Long>send(new ChangeParticipantsCommand(ticketId,
                Versions.expectedAggregateVersion(ifMatch), List.of(), List.of(customerId))));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(new UpdatedTicket(ticketId.toString(), version));
    }

    /** The answer to adding a participant: the ticket, the participant (registered when new) and the version. */
    record AddedParticipant(String ticketId, String participantId, long version) {
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

    /**
     * The answer to a message: the ticket that got it (a follow-up when the addressed one was closed; the survivor when
     * it was merged, then {@code forwardedFrom} names the addressed ticket).
     */
    record AddedMessage(String ticketId, String messageId, long version, boolean followUp, String forwardedFrom) {
    }

    /** The answer to a merge or its undo: both tickets and their resulting versions. */
    record MergedTickets(String survivorId, long survivorVersion, String mergedTicketId, long mergedTicketVersion) {

        static MergedTickets of(MergeOutcome outcome) {
            return new MergedTickets(outcome.survivorId().toString(), outcome.survivorVersion(),
                    outcome.mergedId().toString(), outcome.mergedVersion());
        }
    }

    /** The answer to a split: this ticket's new version and the new ticket. */
    record SplitTicket(String ticketId, long version, String newTicketId, long newNumber, long newVersion) {
    }
}
