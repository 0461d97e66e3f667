package io.autocrm.query.queue;

import io.autocrm.access.Caller;
import io.autocrm.access.CallerRecheck;
import io.autocrm.access.CurrentCaller;
import io.autocrm.query.support.CustomerViewRules;
import io.autocrm.query.support.CustomerViewRulesReader;
import io.autocrm.query.support.Viewer;
import java.time.Duration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/stream/tickets}: the queue as Server-Sent Events, on an Axon subscription query. First
 * {@code event: snapshot} (the first page, as {@code GET /api/v1/tickets} gives it), then {@code event: ticket} with
 * the row of each ticket that changed and matches the filter, or {@code event: ticket-removed} ({@code {id, version}})
 * when a change took it out of the filter. SSE ids are {@code <ticketId>:<version>}; updates may repeat, so clients
 * keep the highest version. A heartbeat comment goes out every {@code autocrm.stream.heartbeat}; when the client goes
 * away the stream is cancelled and the subscription closed. Takes the queue's filters except {@code q} and
 * {@code cursor}. A customer's stream holds only the tickets they may see, in the customer view, takes only the
 * filters their queue takes, and sends {@code ticket-removed} for a shown ticket that stops being visible to them.
 * When this node may have missed changes (its database connection was lost for a while), the stream sends a fresh
 * {@code event: snapshot}, read after the node listens for changes again; clients replace what they show with it.
 * The stream ends when the node shuts down ({@link StreamsClosing}), and within a heartbeat of its caller's login
 * or key being disabled, revoked or changed ({@link CallerRecheck}); clients connect again.
 */
@RestController
class TicketStreamController {

    private final QueryGateway queryGateway;
    private final Duration heartbeat;
    private final CurrentCaller callers;
    private final CustomerViewRulesReader customerViewRules;
    private final StreamsClosing closing;
    private final CallerRecheck recheck;

    TicketStreamController(QueryGateway queryGateway, StreamProperties properties, CurrentCaller callers,
                           CustomerViewRulesReader customerViewRules, StreamsClosing closing, CallerRecheck recheck) {
        this.queryGateway = queryGateway;
        this.heartbeat = properties.heartbeat();
        this.callers = callers;
        this.customerViewRules = customerViewRules;
        this.closing = closing;
        this.recheck = recheck;
    }

    @GetMapping(path = "/api/v1/stream/tickets", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live queue as Server-Sent Events",
            description = "`snapshot` (the first page) first, then `ticket` for each matching change and "
                    + "`ticket-removed` when a shown ticket leaves the filter; event id `<ticketId>:<version>`; "
                    + "heartbeat comments keep the connection alive. A later `snapshot` replaces everything shown "
                    + "(the node may have missed changes). The stream ends when the node shuts down and within a "
                    + "heartbeat of the caller's key or login being revoked, disabled or changed; connect again. "
                    + "Takes the queue filters except `q` and `cursor`. "
                    + "Customers get their visible tickets in the customer view and may filter as in the queue.")
    @QueueFilterParameters
    @QueuePageParameters
    Flux<ServerSentEvent<Object>> stream(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        Caller caller = callers.caller();
        Viewer viewer = Viewer.of(caller);
        FindTicketQueueQuery query = QueueParams.forStream(params, viewer);
        CustomerViewRules rules = null;
        if (viewer.isCustomer()) {
            rules = customerViewRules.current();
            CustomerQueueLimits.check(query, rules);
        }
        TicketStreamSubscriber subscriber = new TicketStreamSubscriber(query, rules);
        SubscriptionQueryResult<QueuePage, QueueChange> result = queryGateway.subscriptionQuery(query,
                ResponseTypes.instanceOf(QueuePage.class), ResponseTypes.instanceOf(QueueChange.class));
        Flux<ServerSentEvent<Object>> events = result.initialResult().map(subscriber::snapshot).flux()
                .concatWith(result.updates().concatMap(change -> change.changesMissed()
                        ? freshSnapshot(query, subscriber)
                        : Mono.justOrEmpty(subscriber.toEvent(change))));
        Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(heartbeat, heartbeat)
                .map(tick -> ServerSentEvent.builder().comment("heartbeat").build());
        return events.mergeWith(heartbeats).takeUntilOther(Flux.merge(closing.signal(), noLongerStands(caller)))
                .doFinally(signal -> result.close());
    }

    /**
     * Emits once the caller no longer stands as they did ({@link CallerRecheck}), checked at every heartbeat: a
     * revoked key, a disabled login or a changed role or organisation ends the stream within one heartbeat, and the
     * client's reconnection is judged afresh. A check that fails (the database is away) lets the stream go on.
     */
    private Mono<Boolean> noLongerStands(Caller caller) {
        return Flux.interval(heartbeat, heartbeat)
                .concatMap(tick -> Mono.fromCallable(() -> recheck.stillStands(caller))
                        .subscribeOn(Schedulers.boundedElastic()).onErrorReturn(true))
                .filter(stands -> !stands).next();
    }

    /**
     * The first page again, after this node may have missed changes. If it cannot be read, the stream fails and
     * ends: a client that connects again gets its snapshot then, where a stream going on would show stale rows.
     */
    private Mono<ServerSentEvent<Object>> freshSnapshot(FindTicketQueueQuery query, TicketStreamSubscriber subscriber) {
        return Mono.fromFuture(() -> queryGateway.query(query, QueuePage.class)).map(subscriber::snapshot);
    }
}
