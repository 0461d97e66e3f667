package io.autocrm.query.presence;

import io.autocrm.access.Caller;
import io.autocrm.access.CallerRecheck;
import io.autocrm.access.CurrentCaller;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.query.queue.QueueReader;
import io.autocrm.query.queue.StreamProperties;
import io.autocrm.query.queue.StreamsClosing;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Presence on tickets, for agents and admins only (people: an API key is on no ticket). {@code PUT} is a heartbeat,
 * repeated by the client every 10 seconds; an agent counts as on the ticket until {@code autocrm.presence.expiry}
 * (30 s) after their last one, or until {@code DELETE}. The stream sends {@code event: presence} with who is on the
 * ticket first and on every change, and heartbeat comments like the ticket stream; it ends when the node shuts down
 * and within a heartbeat of the caller no longer standing as they did.
 */
@RestController
class PresenceController {

    private final PresenceStore store;
    private final PresenceHub hub;
    private final QueueReader tickets;
    private final CurrentCaller callers;
    private final StreamsClosing closing;
    private final CallerRecheck recheck;
    private final Duration heartbeat;

    PresenceController(PresenceStore store, PresenceHub hub, QueueReader tickets, CurrentCaller callers,
                       StreamsClosing closing, CallerRecheck recheck, StreamProperties streams) {
        this.store = store;
        this.hub = hub;
        this.tickets = tickets;
        this.callers = callers;
        this.closing = closing;
        this.recheck = recheck;
        this.heartbeat = streams.heartbeat();
    }

    /** A heartbeat: what the agent is doing on the ticket. */
    record Heartbeat(@NotNull @Pattern(regexp = "viewing|typing", message = "is viewing or typing")
                     @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"viewing", "typing"})
                     String state) {
    }

    @PutMapping("/api/v1/tickets/{id}/presence")
    @Operation(summary = "Say that the caller is viewing or typing on the ticket (a heartbeat, every 10 s)")
    ResponseEntity<Void> beat(@PathVariable String id, @Valid @RequestBody Heartbeat heartbeat) {
        UUID agent = agent();
        store.beat(ticket(id), agent, heartbeat.state());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/tickets/{id}/presence")
    @Operation(summary = "Say that the caller left the ticket")
    ResponseEntity<Void> leave(@PathVariable String id) {
        UUID agent = agent();
        store.leave(ticket(id), agent);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/tickets/{id}/presence")
    @Operation(summary = "Who is on the ticket now")
    TicketPresence presence(@PathVariable String id) {
        agent();
        return store.on(ticket(id));
    }

    @GetMapping(path = "/api/v1/stream/presence", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Who is on the ticket, live, as Server-Sent Events",
            description = "`presence` (the body of GET /api/v1/tickets/{id}/presence) first and on every change; "
                    + "heartbeat comments keep the connection alive. Ends when the node shuts down and within a "
                    + "heartbeat of the caller's login being disabled or changed; connect again.")
    Flux<ServerSentEvent<TicketPresence>> stream(@RequestParam String ticketId) {
        Caller caller = callers.caller();
        agent();
        UUID ticket = ticket(ticketId);
        Flux<ServerSentEvent<TicketPresence>> events = hub.watch(ticket)
                .map(presence -> ServerSentEvent.builder(presence).event("presence").build());
        Flux<ServerSentEvent<TicketPresence>> heartbeats = Flux.interval(heartbeat, heartbeat)
                .map(tick -> ServerSentEvent.<TicketPresence>builder().comment("heartbeat").build());
        return events.mergeWith(heartbeats).takeUntilOther(Flux.merge(closing.signal(), noLongerStands(caller)));
    }

    private Mono<Boolean> noLongerStands(Caller caller) {
        return Flux.interval(heartbeat, heartbeat)
                .concatMap(tick -> Mono.fromCallable(() -> recheck.stillStands(caller))
                        .subscribeOn(Schedulers.boundedElastic()).onErrorReturn(true))
                .filter(stands -> !stands).next();
    }

    /** The signed-in agent or admin; anyone else is refused. */
    private UUID agent() {
        Caller caller = callers.caller();
        if (caller.actor().type() != ActorType.USER || caller.role() == null || !caller.role().isStaff()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Presence is for signed-in agents and admins.");
        }
        return UUID.fromString(caller.actor().id());
    }

    private UUID ticket(String raw) {
        UUID id;
        try {
            id = UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.TICKET_NOT_FOUND, "No ticket has this id.");
        }
        if (tickets.version(id) == 0) {
            throw new DomainException(ErrorCode.TICKET_NOT_FOUND, "No ticket has this id.");
        }
        return id;
    }
}
