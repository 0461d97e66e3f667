package io.autocrm.app.tickets;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The live queue stream: a snapshot first, then every change, and nothing left behind when the client leaves. */
@AppTest
class TicketStreamTest {

    @LocalServerPort
    int port;
    @Autowired
    QueryUpdateEmitter emitter;
    @Autowired
    DataSource dataSource;

    @Test
    void streamsQueueChangesAndClosesTheSubscriptionWhenTheClientLeaves() throws Exception {
        Api api = new Api(port);
        int subscriptionsBefore = emitter.activeSubscriptions().size();
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = api.http().send(
                api.request("/api/v1/stream/tickets", "Accept", "text/event-stream").GET().build(), BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException closedByUs) {
                // the test hangs up below; the stream ends there
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:snapshot"));
        String customer = api.post("/api/v1/customers", json("name", "Stream Watcher",
                "email", TicketApiTest.unique("stream") + "@example.com")).json().get("id").asString();
        String id = api.post("/api/v1/tickets", json("subject", "Live one", "description", "Appears on screens",
                "requesterId", customer)).json().get("id").asString();
        api.patch("/api/v1/tickets/" + id, json("priority", "urgent"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(lines).contains("event:ticket");
            assertThat(lines).anyMatch(l -> l.startsWith("id:" + id + ":2"));
            assertThat(lines).anyMatch(l -> l.startsWith("data:") && l.contains(id) && l.contains("urgent"));
        });
        assertThat(emitter.activeSubscriptions().size()).isGreaterThan(subscriptionsBefore);

        response.body().close();
        reader.join(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(emitter.activeSubscriptions()).hasSize(subscriptionsBefore));
    }

    /**
     * The node's feed of changes (a LISTEN connection) is cut, and a ticket is created before the node listens again:
     * nobody announces that change to this node, so the stream must send a fresh snapshot, which holds it.
     */
    @Test
    void sendsAFreshSnapshotWhenTheNodeMayHaveMissedChanges() throws Exception {
        Api api = new Api(port);
        int subscriptionsBefore = emitter.activeSubscriptions().size();
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = api.http().send(
                api.request("/api/v1/stream/tickets", "Accept", "text/event-stream").GET().build(), BodyHandlers.ofLines());
        Thread.ofVirtual().start(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException closedByUs) {
                // the test hangs up below
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:snapshot"));
        String customer = api.post("/api/v1/customers", json("name", "Missed Change",
                "email", TicketApiTest.unique("missed") + "@example.com")).json().get("id").asString();

        Integer cut = JdbcClient.create(dataSource).sql("""
                        SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity
                        WHERE datname = current_database() AND query = 'LISTEN autocrm_queue_changes'""")
                .query(Integer.class).single();
        String id = api.post("/api/v1/tickets", json("subject", "Made while nobody listened",
                "description", "Must still reach the screen", "requesterId", customer)).json().get("id").asString();

        assertThat(cut).as("listening connections cut").isPositive();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<String> afterFirstSnapshot = lines.subList(lines.indexOf("event:snapshot") + 1, lines.size());
            int second = afterFirstSnapshot.indexOf("event:snapshot");
            assertThat(second).as("a second snapshot").isNotNegative();
            assertThat(afterFirstSnapshot.subList(second, afterFirstSnapshot.size()))
                    .anyMatch(l -> l.startsWith("data:") && l.contains(id));
        });
        response.body().close();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(emitter.activeSubscriptions()).hasSize(subscriptionsBefore));
    }
}
