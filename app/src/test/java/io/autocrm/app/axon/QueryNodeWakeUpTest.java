package io.autocrm.app.axon;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.AutoCrmApplication;
import io.autocrm.app.support.Api;
import io.autocrm.testsupport.TestPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A query node hears of the command node's commits from the database (LISTEN/NOTIFY) and projects and streams them
 * at once. Its event store polls only once an hour here, so every change that arrives within the awaits' timeouts
 * arrived by the command node's announcement, not by a poll.
 */
class QueryNodeWakeUpTest {

    @Test
    void queryNodeStreamsTheCommandNodesChangesWithoutWaitingForItsPoll() {
        String database = TestPostgres.freshDatabase();
        try (ConfigurableApplicationContext commandNode = start("command", database);
             ConfigurableApplicationContext queryNode = start("query", database,
                     "--autocrm.event-store.poll-interval=1h")) {
            Api writes = new Api(port(commandNode));
            Api reads = new Api(port(queryNode));
            List<String> lines = new CopyOnWriteArrayList<>();
            HttpResponse<Stream<String>> stream = subscribe(reads, lines);
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:snapshot"));

            String customer = writes.post("/api/v1/customers", json("name", "Far Away",
                    "email", UUID.randomUUID() + "@example.com")).json().get("id").asString();
            String id = writes.post("/api/v1/tickets", json("subject", "Across nodes", "description", "Hi",
                    "requesterId", customer)).json().get("id").asString();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(lines).anyMatch(l -> l.startsWith("id:" + id + ":1")));

            writes.patch("/api/v1/tickets/" + id, json("priority", "urgent"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(lines).anyMatch(l -> l.startsWith("id:" + id + ":2")));
            stream.body().close();
        }
    }

    private static HttpResponse<Stream<String>> subscribe(Api api, List<String> lines) {
        try {
            HttpResponse<Stream<String>> stream = api.http().send(api.request("/api/v1/stream/tickets", "Accept",
                    "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
            Thread.ofVirtual().start(() -> {
                try {
                    stream.body().forEach(lines::add);
                } catch (java.io.UncheckedIOException closedByUs) {
                    // the test hangs up
                }
            });
            return stream;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(String role, String database, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--spring.profiles.active=" + role, "--server.port=0",
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--autocrm.demo.enabled=false", "--autocrm.security.bootstrap-api-key=" + Api.BOOTSTRAP_KEY));
        args.addAll(List.of(more));
        return SpringApplication.run(AutoCrmApplication.class, args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
