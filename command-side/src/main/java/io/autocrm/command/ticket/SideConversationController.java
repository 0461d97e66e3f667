package io.autocrm.command.ticket;

import io.autocrm.command.customer.CustomerLookup;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.command.web.Versions;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.EmailAddress;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import io.autocrm.platform.web.RequestIds;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Side conversations: threads by mail between agents and people outside the ticket (a vendor, another department),
 * which agents alone see. Staff and keys with {@code tickets:write}; customers are refused by the ticket. The thread is
 * read with the ticket ({@code GET /tickets/{id}}, {@code sideConversations}).
 */
@RestController
@RequestMapping("/api/v1/tickets/{id}/side-conversations")
class SideConversationController {

    private final CommandDispatcher commands;
    private final CustomerLookup customers;

    SideConversationController(CommandDispatcher commands, CustomerLookup customers) {
        this.commands = commands;
        this.customers = customers;
    }

    @Operation(summary = "Start a side conversation by mail (If-Match: the ticket's version)",
            description = "Mails the subject and first message to the addresses in 'to' (at most 10), from the support"
                    + " address, with a reply address of the side conversation's own: answers come back into it,"
                    + " never into the public conversation. Agents only see it; customers are refused. Files: the"
                    + " caller's pending uploads in attachmentIds.")
    @PostMapping
    ResponseEntity<SideMessage> start(@PathVariable("id") TicketId ticketId,
                                      @Valid @RequestBody SideConversationRequests.StartSideConversation request,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        SideConversationId conversationId = SideConversationId.random();
        SideMessageAddition added = onTicket(() -> commands.send(new StartSideConversationCommand(ticketId,
                Versions.expectedAggregateVersion(ifMatch), conversationId, MessageId.random(),
                RequestIds.optional(request.authorId(), "authorId", AgentId::new), request.subject(), request.body(),
                request.format(), contacts(request.to()), RequestValues.attachmentIds(request.attachmentIds()))));
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticketId + "/side-conversations/"
                        + conversationId)).eTag(Versions.etag(added.version())).body(SideMessage.of(added));
    }

    @Operation(summary = "Write in a side conversation (If-Match: the ticket's version)",
            description = "Mails the message to 'to', or (none) to whom the thread's last message went. A closed side"
                    + " conversation opens again.")
    @PostMapping("/{conversationId}/messages")
    ResponseEntity<SideMessage> send(@PathVariable("id") TicketId ticketId,
                                     @PathVariable("conversationId") String conversationId,
                                     @Valid @RequestBody SideConversationRequests.SideMessageRequest request,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        SideMessageAddition added = onTicket(() -> commands.send(new SendSideMessageCommand(ticketId,
                Versions.expectedAggregateVersion(ifMatch), idOf(conversationId), MessageId.random(),
                RequestIds.optional(request.authorId(), "authorId", AgentId::new), request.body(), request.format(),
                contacts(request.to()), RequestValues.attachmentIds(request.attachmentIds()))));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(added.version()))
                .body(SideMessage.of(added));
    }

    @Operation(summary = "Close a side conversation (If-Match: the ticket's version)",
            description = "Closing a closed one changes nothing; a message or an answer opens it again.")
    @PostMapping("/{conversationId}/close")
    ResponseEntity<TicketController.UpdatedTicket> close(@PathVariable("id") TicketId ticketId,
                                                         @PathVariable("conversationId") String conversationId,
                                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                         String ifMatch) {
        long version = onTicket(() -> commands.<Long>send(new CloseSideConversationCommand(ticketId,
                Versions.expectedAggregateVersion(ifMatch), idOf(conversationId))));
        return ResponseEntity.ok().eTag(Versions.etag(version))
                .body(new TicketController.UpdatedTicket(ticketId.toString(), version));
    }

    /** The answer to a side message: the ticket, the side conversation, the message and the ticket's version. */
    record SideMessage(String ticketId, String conversationId, String messageId, long version) {

        static SideMessage of(SideMessageAddition added) {
            return new SideMessage(added.ticketId().toString(), added.conversationId().toString(),
                    added.messageId().toString(), added.version());
        }
    }

    /** Each address once, as a known contact or one to register (named by the address's local part). */
    private List<CreateTicketCommand.Requester> contacts(List<String> addresses) {
        if (addresses == null) {
            return List.of();
        }
        return addresses.stream().map(raw -> EmailAddress.parse(raw, "A side conversation's address").value())
                .distinct()
                .map(email -> customers.findByEmail(email).map(CreateTicketCommand.Requester::existing)
                        .orElseGet(() -> CreateTicketCommand.Requester.registering(CustomerId.random(),
                                email.substring(0, email.indexOf('@')), email)))
                .toList();
    }

    private static SideConversationId idOf(String raw) {
        try {
            return new SideConversationId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new SideConversationNotFound("No side conversation has id " + raw + ".");
        }
    }

    private static <T> T onTicket(Supplier<T> send) {
        try {
            return send.get();
        } catch (AggregateNotFoundException e) {
            throw RequestValues.notFound();
        }
    }
}
