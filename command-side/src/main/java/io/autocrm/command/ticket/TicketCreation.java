package io.autocrm.command.ticket;

import io.autocrm.access.Caller;
import io.autocrm.command.access.CommandMetadata;
import io.autocrm.command.customer.Customer;
import io.autocrm.command.customer.CustomerLookup;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.platform.web.RequestIds;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Creates tickets from API requests, idempotently when an {@code Idempotency-Key} is given: the key decides the
 * ticket id, so a retry (even a concurrent one) creates nothing new and answers the ticket the key created. The same
 * key with a different request is refused. A customer's request is first held to what customers may ask
 * ({@link CustomerRequests}), and their keys are their own: the key of another caller names another ticket, so no
 * one learns of a ticket by replaying someone else's key.
 */
@Component
class TicketCreation {

    static final String SCOPE = "tickets";
    static final int MAX_KEY_LENGTH = 255;
    private final CommandDispatcher commands;
    private final CustomerLookup customerLookup;
    private final IdempotencyKeys keys;
    private final ExistingTickets existing;
    private final CustomerRequests customerRequests;

    TicketCreation(CommandDispatcher commands, CustomerLookup customerLookup, IdempotencyKeys keys,
                   ExistingTickets existing, CustomerRequests customerRequests) {
        this.commands = commands;
        this.customerLookup = customerLookup;
        this.keys = keys;
        this.existing = existing;
        this.customerRequests = customerRequests;
    }

    /** A ticket's creation, or a replay of an earlier one with the same key. */
    record Outcome(CreatedTicket ticket, boolean replayed) {

        static Outcome replay(CreatedTicket ticket) {
            return new Outcome(ticket, true);
        }
    }

    Outcome create(CreateTicketRequest request, String idempotencyKey) {
        Caller caller = commands.caller();
        CreateTicketRequest allowed = caller.isCustomer()
                ? customerRequests.asRequester(request, caller.customerId()) : request;
        if (idempotencyKey == null) {
            return new Outcome(dispatch(allowed, TicketId.random()), false);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidInput("Idempotency-Key must be 1-" + MAX_KEY_LENGTH + " characters.");
        }
        Key key = new Key(scopeOf(caller), idempotencyKey, RequestHash.of(allowed));
        TicketId ticketId = idFor(key.scope(), idempotencyKey);
        if (!keys.claim(key.scope(), idempotencyKey, key.hash(), ticketId.value()).requestHash().equals(key.hash())) {
            throw new IdempotencyKeyReused("This Idempotency-Key was used for a different request.");
        }
        return existing.find(ticketId).map(Outcome::replay).orElseGet(() -> createOnce(allowed, ticketId, key));
    }

    /** An idempotency key in its scope, with the hash of the request that uses it. */
    private record Key(String scope, String key, String hash) {
    }

    /**
     * Creates the keyed ticket. Concurrent identical requests all dispatch; the database lets one win (the others
     * wait for it, then fail on the ticket's unique rows) and the others answer the winner's ticket. A request that
     * created nothing releases its key.
     */
    private Outcome createOnce(CreateTicketRequest request, TicketId ticketId, Key key) {
        try {
            return new Outcome(dispatch(request, ticketId), false);
        } catch (RuntimeException e) {
            Optional<CreatedTicket> winner = existing.find(ticketId);
            if (winner.isPresent()) {
                return Outcome.replay(winner.get());
            }
            keys.release(key.scope(), key.key(), key.hash());
            throw e;
        }
    }

    /** Staff and integrations share one key space (as before customers signed in); each customer has their own. */
    static String scopeOf(Caller caller) {
        return caller.isCustomer() ? SCOPE + ":customer:" + caller.customerId() : SCOPE;
    }

    static TicketId idFor(String scope, String idempotencyKey) {
        String name = SCOPE.equals(scope) ? "ticket:" + idempotencyKey : "ticket:" + scope + ":" + idempotencyKey;
        return new TicketId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Dispatches the creation; a requester given by email is looked up, or registered with the ticket. When another
     * request registered the same email meanwhile, the creation is retried once with that customer.
     */
    private CreatedTicket dispatch(CreateTicketRequest request, TicketId ticketId) {
        MetaData metaData = commands.metaData();
        CreateTicketCommand command = command(request, ticketId);
        try {
            return commands.send(command, metaData);
        } catch (DomainException e) {
            if (command.requester().newRequester() == null || e.errorCode() != ErrorCode.DUPLICATE_DEFINITION) {
                throw e;
            }
            return commands.send(command(request, ticketId), metaData);
        }
    }

    private CreateTicketCommand command(CreateTicketRequest request, TicketId ticketId) {
        Channel channel = request.channel() == null ? commands.channel() : CommandMetadata.channel(request.channel());
        return new CreateTicketCommand(ticketId, channel, requester(request),
                new CreateTicketCommand.Content(request.subject(), request.description(), MessageId.random(),
                        request.format(), request.attachments()),
                new CreateTicketCommand.Classification(request.status(), RequestValues.priority(request.priority()),
                        RequestValues.type(request.type()), request.tags(),
                        CustomFieldInput.raw(request.customFields())),
                new CreateTicketCommand.Assignment(
                        RequestIds.optional(request.assigneeId(), "assigneeId", AgentId::new),
                        RequestIds.optional(request.teamId(), "teamId", TeamId::new)));
    }

    private CreateTicketCommand.Requester requester(CreateTicketRequest request) {
        if ((request.requesterId() == null) == (request.requester() == null)) {
            throw new InvalidInput("Give either requesterId or requester {name, email}.");
        }
        if (request.requesterId() != null) {
            return CreateTicketCommand.Requester.existing(
                    RequestIds.optional(request.requesterId(), "requesterId", CustomerId::new));
        }
        String email = request.requester().email();
        String name = request.requester().name() == null || request.requester().name().isBlank()
                ? nameFrom(email) : request.requester().name();
        return customerLookup.findByEmail(email).map(CreateTicketCommand.Requester::existing)
                .orElseGet(() -> CreateTicketCommand.Requester.registering(CustomerId.random(), name, email));
    }

    /** The name of a requester who gave none: the email's local part, at most as long as a customer's name. */
    static String nameFrom(String email) {
        int at = email.lastIndexOf('@');
        String local = at > 0 ? email.substring(0, at) : email;
        return local.length() > Customer.MAX_NAME ? local.substring(0, Customer.MAX_NAME) : local;
    }
}
