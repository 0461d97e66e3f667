package io.autocrm.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.testsupport.TestPostgres;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGNotification;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A listener against a real PostgreSQL whose listening connection is cut from the server's side. */
class ChannelListenerTest {

    private static final String CHANNEL = "channel_listener_test";

    private final DataSource dataSource = TestPostgres.dataSource(TestPostgres.freshDatabase());
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final AtomicInteger resumed = new AtomicInteger();

    @Test
    void listensAgainAfterItsConnectionIsCutAndSaysSoOnce() {
        ChannelListener listener = new ChannelListener(dataSource, CHANNEL, "test-listener",
                notifications -> Arrays.stream(notifications).map(PGNotification::getParameter).forEach(heard::add),
                resumed::incrementAndGet);
        listener.start();
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                notify("first");
                assertThat(heard).contains("first");
            });
            assertThat(resumed).as("not on the first start").hasValue(0);

            assertThat(cutListeningConnections()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                notify("after the cut");
                assertThat(heard).contains("after the cut");
            });

            assertThat(resumed).hasValue(1);
            assertThat(listener.isRunning()).isTrue();
        } finally {
            listener.stop();
        }
    }

    @Test
    void aFailingCatchUpCostsNothingButItself() {
        ChannelListener listener = new ChannelListener(dataSource, CHANNEL, "test-listener",
                notifications -> Arrays.stream(notifications).map(PGNotification::getParameter).forEach(heard::add),
                () -> {
                    resumed.incrementAndGet();
                    throw new IllegalStateException("catch-up failed");
                });
        listener.start();
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                notify("first");
                assertThat(heard).contains("first");
            });
            cutListeningConnections();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                notify("still heard");
                assertThat(heard).contains("still heard");
            });
            assertThat(resumed).hasValue(1);
        } finally {
            listener.stop();
        }
    }

    private void notify(String payload) {
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, payload).query((rs, row) -> 1).list();
    }

    private int cutListeningConnections() {
        return jdbc.sql("""
                        SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity
                        WHERE datname = current_database() AND query = 'LISTEN %s'""".formatted(CHANNEL))
                .query(Integer.class).single();
    }
}
