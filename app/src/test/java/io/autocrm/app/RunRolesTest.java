package io.autocrm.app;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import io.autocrm.testsupport.TestPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A scaled deployment on one database: a command node takes writes, a query node serves reads and streams by
 * following the shared event store, and neither offers the other's endpoints.
 */
class RunRolesTest {

    @Test
    void splitsWritesAndReadsAcrossNodesOfEachRole() {
        String database = TestPostgres.freshDatabase();
        try (ConfigurableApplicationContext commandNode = start(RunRoles.COMMAND, database);
             ConfigurableApplicationContext queryNode = start(RunRoles.QUERY, database)) {
            Api writes = new Api(port(commandNode));
            Api reads = new Api(port(queryNode));

            String customer = writes.post("/api/v1/customers", json("name", "Split Brain",
                    "email", UUID.randomUUID() + "@example.com")).json().get("id").asString();
            Api.Response created = writes.post("/api/v1/tickets", json("subject", "Across nodes", "description", "Hi",
                    "requesterId", customer));
            assertThat(created.status()).isEqualTo(201);
            String id = created.json().get("id").asString();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(reads.get("/api/v1/tickets/" + id + "?minVersion=1").status()).isEqualTo(200));
            assertThat(reads.get("/api/v1/tickets/" + id).json().get("subject").asString()).isEqualTo("Across nodes");

            assertThat(writes.get("/api/v1/tickets/" + id).status()).as("no reads on a command node").isIn(404, 405);
            streamsChangesOnEveryQueryNode(writes, database, id);
            assertThat(writes.get("/api/v1/admin/read-models").status()).isEqualTo(404);
            assertThat(reads.post("/api/v1/tickets", json("subject", "x")).status()).as("no writes on a query node")
                    .isIn(404, 405);
        }
    }

    /** A second query node, which may own no projection segment, still streams every change (LISTEN/NOTIFY). */
    private static void streamsChangesOnEveryQueryNode(Api writes, String database, String id) {
        try (ConfigurableApplicationContext secondQueryNode = start(RunRoles.QUERY, database)) {
            Api reads = new Api(port(secondQueryNode));
            List<String> lines = new CopyOnWriteArrayList<>();
            HttpResponse<Stream<String>> stream = send(reads, "/api/v1/stream/tickets");
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    stream.body().forEach(lines::add);
                } catch (java.io.UncheckedIOException closedByUs) {
                    // the test hangs up below
                }
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:snapshot"));
            for (int i = 0; i < 3; i++) {
                writes.patch("/api/v1/tickets/" + id, json("priority", List.of("low", "high", "urgent").get(i)));
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(lines).anyMatch(l -> l.startsWith("id:" + id + ":4")));
            stream.body().close();
            join(reader);
        }
    }

    private static HttpResponse<Stream<String>> send(Api api, String path) {
        try {
            return api.http().send(api.request(path, "Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ConfigurableApplicationContext start(String role, String database) {
        return SpringApplication.run(AutoCrmApplication.class, "--spring.profiles.active=" + role,
                "--server.port=0", "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--autocrm.demo.enabled=false",
                "--autocrm.security.bootstrap-api-key=" + Api.BOOTSTRAP_KEY);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
