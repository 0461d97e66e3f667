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
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The live queue stream: a snapshot first, then every change, and nothing left behind when the client leaves. */
@AppTest
class TicketStreamTest {

    @LocalServerPort
    int port;
    @Autowired
    QueryUpdateEmitter emitter;

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
}
