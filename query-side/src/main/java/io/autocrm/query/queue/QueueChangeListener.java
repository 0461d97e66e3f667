package io.autocrm.query.queue;

import io.autocrm.platform.notify.ChannelListener;
import io.autocrm.query.access.CustomerViewRules;
import io.autocrm.query.access.CustomerViewRulesReader;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Feeds this node's live queues: listens for {@link QueueChangeNotifier}'s notifications on a dedicated connection
 * and, while any queue stream is subscribed here, reads the changed tickets' current rows (one query per batch of
 * notifications) and emits them as {@link QueueChange}s. Each stream decides for itself whether a row is news, or a
 * ticket leaving its view.
 * Survives bad notifications and database outages ({@link ChannelListener}); once it listens again after an outage it
 * emits {@link QueueChange#CHANGES_MISSED}, as changes committed in the meantime were announced to nobody.
 */
@Component
class QueueChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueChangeListener.class);

    private final QueueReader reader;
    private final QueryUpdateEmitter emitter;
    private final CustomerViewRulesReader customerViewRules;
    private final ChannelListener listener;

    QueueChangeListener(DataSource dataSource, QueueReader reader, QueryUpdateEmitter emitter,
                        CustomerViewRulesReader customerViewRules) {
        this.reader = reader;
        this.emitter = emitter;
        this.customerViewRules = customerViewRules;
        this.listener = new ChannelListener(dataSource, QueueChangeNotifier.CHANNEL, "queue-change-listener",
                notifications -> {
                    if (watched()) {
                        deliver(ticketIds(notifications));
                    }
                },
                () -> {
                    if (watched()) {
                        emitter.emit(FindTicketQueueQuery.class, query -> true, QueueChange.CHANGES_MISSED);
                    }
                });
    }

    @Override
    public void start() {
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    /**
     * Emits the current rows of the changed tickets, with their customer view while customers listen; a failure costs
     * this batch, never the listener.
     */
    private void deliver(Set<UUID> ticketIds) {
        try {
            List<QueueChange> changes = reader.changes(ticketIds);
            if (watchedByCustomers()) {
                CustomerViewRules rules = customerViewRules.current();
                changes = changes.stream().map(c -> c.withCustomerView(CustomerTicket.of(c.row(), rules))).toList();
            }
            changes.forEach(change -> emitter.emit(FindTicketQueueQuery.class, query -> true, change));
        } catch (RuntimeException e) {
            log.warn("Could not pass {} queue changes to live streams: {}", ticketIds.size(), e.getMessage());
        }
    }

    /** The distinct ticket ids of a batch; payloads that are not ticket ids (anyone may NOTIFY) are skipped. */
    static Set<UUID> ticketIds(PGNotification[] notifications) {
        Set<UUID> ids = new LinkedHashSet<>();
        Arrays.stream(notifications).map(PGNotification::getParameter).forEach(payload -> {
            try {
                ids.add(UUID.fromString(payload));
            } catch (IllegalArgumentException | NullPointerException e) {
                log.warn("Ignored a queue-change notification that names no ticket");
            }
        });
        return ids;
    }

    private boolean watched() {
        return emitter.activeSubscriptions().stream()
                .anyMatch(subscription -> subscription.getPayload() instanceof FindTicketQueueQuery);
    }

    private boolean watchedByCustomers() {
        return emitter.activeSubscriptions().stream().anyMatch(subscription ->
                subscription.getPayload() instanceof FindTicketQueueQuery query && query.viewer().isCustomer());
    }
}
