package io.autocrm.platform.axon;

import io.autocrm.platform.notify.ChannelListener;
import java.util.Arrays;
import javax.sql.DataSource;
import org.postgresql.PGNotification;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Where projections run (every role but {@code command}): listens for other nodes' {@link CommitAnnouncer
 * announcements} on a dedicated connection and has the event store read their events at once. Without it a node that
 * commits no events itself learns of new ones only at its event store's next poll. Survives database outages
 * ({@link ChannelListener}; meanwhile the poll still finds every event), and reads at once when it listens again,
 * as commits in between were announced to nobody.
 */
@Component
@Profile("!command")
class CommitListener implements SmartLifecycle {

    private final ChannelListener listener;

    CommitListener(DataSource dataSource, PromptEventStore eventStore, CommitAnnouncer announcer) {
        String node = announcer.node();
        this.listener = new ChannelListener(dataSource, CommitAnnouncer.CHANNEL, "event-commit-listener",
                notifications -> {
                    if (fromOtherNodes(notifications, node)) {
                        eventStore.fetchNow();
                    }
                },
                eventStore::fetchNow);
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

    static boolean fromOtherNodes(PGNotification[] notifications, String node) {
        return notifications != null && Arrays.stream(notifications)
                .anyMatch(notification -> !node.equals(notification.getParameter()));
    }
}
