package io.autocrm.app.workspace;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.AutoCrmApplication;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two signed-in agents on one ticket, on two nodes of one database: each sees the other viewing and typing, live,
 * whichever node they talk to; leaving and expired heartbeats take them off. Presence never becomes a ticket event.
 */
@AppTest
class PresenceTest {

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.datasource.url}")
    String database;

    @Test
    void showsWhoIsOnATicketLiveAcrossNodes() throws Exception {
        Api bootstrap = new Api(port);
        String annId = Agents.create(bootstrap, "Ann Present", "agent");
        String bobId = Agents.create(bootstrap, "Bob Present", "agent");
        String customer = bootstrap.post("/api/v1/customers", json("name", "Presence", "email",
                UUID.randomUUID() + "@example.com")).json().get("id").asString();
        String ticket = bootstrap.post("/api/v1/tickets", json("subject", "Who is here", "description", "Hi",
                "requesterId", customer)).json().get("id").asString();
        bootstrap.get("/api/v1/tickets/" + ticket + "?minVersion=1");
        Api ann = bootstrap.as(new Tokens(keys, port).forUser(UUID.fromString(annId), "agent"));
        List<String> annSees = subscribe(ann, ticket);

        try (ConfigurableApplicationContext secondNode = queryNode()) {
            int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
            Api bob = new Api(secondPort).as(new Tokens(keys, secondPort).forUser(UUID.fromString(bobId), "agent"));

            assertThat(bob.send(bob.request("/api/v1/tickets/" + ticket + "/presence").PUT(body("typing"))
                    .header("Content-Type", "application/json")).status()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(lastPresence(annSees))
                    .contains("\"agentId\":\"" + bobId + "\"", "\"name\":\"Bob Present\"", "\"state\":\"typing\""));

            assertThat(ann.send(ann.request("/api/v1/tickets/" + ticket + "/presence").PUT(body("viewing"))
                    .header("Content-Type", "application/json")).status()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(bob.get("/api/v1/tickets/" + ticket + "/presence").json().get("viewers")).hasSize(2));

            assertThat(bob.send(bob.request("/api/v1/tickets/" + ticket + "/presence").DELETE()).status())
                    .isEqualTo(204);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(lastPresence(annSees))
                    .doesNotContain(bobId).contains(annId));
        }

        // An agent whose heartbeats stopped leaves once their last one expires (aged here, not waited for).
        jdbc.sql("UPDATE workspace.presence SET last_seen = now() - interval '31 seconds' WHERE agent_id = ?::uuid")
                .param(annId).update();
        assertThat(ann.get("/api/v1/tickets/" + ticket + "/presence").json().get("viewers")).isEmpty();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(lastPresence(annSees))
                .contains("\"viewers\":[]"));
        assertThat(bootstrap.get("/api/v1/tickets/" + ticket + "/events").body()).doesNotContain("resence");
    }

    @Test
    void refusesUnknownTicketsAndBadStates() {
        Api bootstrap = new Api(port);
        Api ann = bootstrap.as(new Tokens(keys, port).forUser(UUID.fromString(Agents.create(bootstrap, "Ann Two",
                "agent")), "agent"));
        Api.Response unknown = ann.get("/api/v1/tickets/" + UUID.randomUUID() + "/presence");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("ticket-not-found");
        String customer = bootstrap.post("/api/v1/customers", json("name", "Presence", "email",
                UUID.randomUUID() + "@example.com")).json().get("id").asString();
        String ticket = bootstrap.post("/api/v1/tickets", json("subject", "States", "description", "Hi",
                "requesterId", customer)).json().get("id").asString();
        bootstrap.get("/api/v1/tickets/" + ticket + "?minVersion=1");
        Api.Response dancing = ann.send(ann.request("/api/v1/tickets/" + ticket + "/presence").PUT(body("dancing"))
                .header("Content-Type", "application/json"));
        assertThat(dancing.status()).isEqualTo(400);
        assertThat(dancing.json().get("code").asString()).isEqualTo("validation-failed");
    }

    private ConfigurableApplicationContext queryNode() {
        return SpringApplication.run(AutoCrmApplication.class, "--spring.profiles.active=query",
                "--server.port=0", "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--autocrm.demo.enabled=false", "--autocrm.presence.sweep=1s",
                "--autocrm.security.bootstrap-api-key=" + Api.BOOTSTRAP_KEY);
    }

    private static java.net.http.HttpRequest.BodyPublisher body(String state) {
        return java.net.http.HttpRequest.BodyPublishers.ofString("{\"state\":\"" + state + "\"}");
    }

    /** The data line of the last {@code presence} event the stream sent. */
    private static String lastPresence(List<String> lines) {
        String last = "";
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).equals("event:presence") && lines.get(i + 1).startsWith("data:")) {
                last = lines.get(i + 1);
            }
        }
        return last;
    }

    private static List<String> subscribe(Api api, String ticket) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = api.http().send(api.request("/api/v1/stream/presence?ticketId="
                + ticket, "Accept", "text/event-stream").GET().build(), BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread.ofVirtual().start(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException ended) {
                // the stream ends with the test's context
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:presence"));
        return lines;
    }
}
