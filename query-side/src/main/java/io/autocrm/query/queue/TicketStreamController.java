package io.autocrm.query.queue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * {@code GET /api/v1/stream/tickets}: the queue as Server-Sent Events, on an Axon subscription query. First
 * {@code event: snapshot} (the first page, as {@code GET /api/v1/tickets} gives it), then {@code event: ticket} with
 * the row of each ticket that changed and matches the filter, or {@code event: ticket-removed} ({@code {id, version}})
 * when a change took it out of the filter. SSE ids are {@code <ticketId>:<version>}; updates may repeat, so clients
 * keep the highest version. A heartbeat comment goes out every {@code autocrm.stream.heartbeat}; when the client goes
 * away the stream is cancelled and the subscription closed. Takes the queue's filters except {@code q} and
 * {@code cursor}.
 */
@RestController
class TicketStreamController {

    private final QueryGateway queryGateway;
    private final Duration heartbeat;

    TicketStreamController(QueryGateway queryGateway, StreamProperties properties) {
        this.queryGateway = queryGateway;
        this.heartbeat = properties.heartbeat();
    }

    @GetMapping(path = "/api/v1/stream/tickets", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live queue as Server-Sent Events",
            description = "`snapshot` (the first page) first, then `ticket` for each matching change and "
                    + "`ticket-removed` when a shown ticket leaves the filter; event id `<ticketId>:<version>`; "
                    + "heartbeat comments keep the connection alive. Takes the queue filters except `q` and `cursor`.")
    @QueueFilterParameters
    Flux<ServerSentEvent<Object>> stream(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        FindTicketQueueQuery query = QueueParams.forStream(params);
        SubscriptionQueryResult<QueuePage, QueueItem> result = queryGateway.subscriptionQuery(query,
                ResponseTypes.instanceOf(QueuePage.class), ResponseTypes.instanceOf(QueueItem.class));
        Map<String, Long> shown = new ConcurrentHashMap<>();
        Flux<ServerSentEvent<Object>> events = result.initialResult().map(page -> snapshot(page, shown)).flux()
                .concatWith(result.updates().<ServerSentEvent<Object>>handle((item, sink) ->
                        toEvent(query.filter(), shown, item).ifPresent(sink::next)));
        Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(heartbeat, heartbeat)
                .map(tick -> ServerSentEvent.builder().comment("heartbeat").build());
        return events.mergeWith(heartbeats).doFinally(signal -> result.close());
    }

    private static ServerSentEvent<Object> snapshot(QueuePage page, Map<String, Long> shown) {
        page.items().forEach(item -> shown.put(item.id(), item.version()));
        return ServerSentEvent.builder().event("snapshot").data((Object) page).build();
    }

    /**
     * A changed ticket is news when it matches the stream's filter and is newer than what this stream showed, and a
     * removal when it no longer matches but this stream showed it; anything else (a repeat, a stale version, a ticket
     * this stream never showed) is not this stream's business.
     */
    private static Optional<ServerSentEvent<Object>> toEvent(QueueFilter filter, Map<String, Long> shown,
            QueueItem item) {
        String id = item.id() + ":" + item.version();
        Long shownVersion = shown.get(item.id());
        if (shownVersion != null && shownVersion >= item.version()) {
            return Optional.empty();
        }
        if (filter.matches(item)) {
            shown.put(item.id(), item.version());
            return Optional.of(ServerSentEvent.builder().id(id).event("ticket").data((Object) item).build());
        }
        if (shown.remove(item.id()) != null) {
            Object removed = Map.of("id", item.id(), "version", item.version());
            return Optional.of(ServerSentEvent.builder().id(id).event("ticket-removed").data(removed).build());
        }
        return Optional.empty();
    }
}
