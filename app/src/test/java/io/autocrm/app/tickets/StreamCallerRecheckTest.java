package io.autocrm.app.tickets;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A live stream is judged again at every heartbeat (1 s here): it ends once the key that opened it is revoked, or
 * once what its customer may see changes, and the client's reconnection is judged afresh.
 */
@AppTest
class StreamCallerRecheckTest {

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;

    @Test
    void endsTheStreamOfARevokedKey() throws Exception {
        Api admin = new Api(port);
        Api.Response created = admin.post("/api/v1/api-keys", json("name", "Wallboard", "scopes", List.of("tickets:read")));
        Api wallboard = admin.as(created.json().get("key").asString());
        Stream opened = open(wallboard);
        await().atMost(Duration.ofSeconds(10)).until(() -> opened.lines.contains("event:snapshot"));
        await("a standing key's stream goes on").during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5))
                .until(() -> !opened.ending.isDone());

        admin.send(admin.request("/api/v1/api-keys/" + created.json().get("apiKey").get("id").asString()).DELETE());

        await().atMost(Duration.ofSeconds(10)).until(opened.ending::isDone);
        assertThat(opened.ending.get()).isEqualTo("ended");
        assertThat(wallboard.get("/api/v1/tickets").status()).isEqualTo(401);
    }

    @Test
    void endsACustomersStreamWhenTheirOrganisationStopsSharingTickets() throws Exception {
        Api admin = new Api(port);
        String organisation = admin.post("/api/v1/organisations", json("name", "Sharing " + UUID.randomUUID(),
                "sharedTickets", true)).json().get("id").asString();
        String customer = admin.post("/api/v1/customers", json("name", "Watcher", "email",
                UUID.randomUUID() + "@example.com", "organisationId", organisation)).json().get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", customer, "role", "customer", "password",
                "customer-password-12")).status()).isEqualTo(201);
        Stream opened = open(admin.as(new Tokens(keys, port).forUser(UUID.fromString(customer), "customer")));
        await().atMost(Duration.ofSeconds(10)).until(() -> opened.lines.contains("event:snapshot"));

        assertThat(admin.patch("/api/v1/organisations/" + organisation, json("sharedTickets", false)).status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(opened.ending::isDone);
        assertThat(opened.ending.get()).isEqualTo("ended");
    }

    private record Stream(List<String> lines, CompletableFuture<String> ending) {
    }

    private static Stream open(Api api) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = api.http().send(
                api.request("/api/v1/stream/tickets", "Accept", "text/event-stream").GET().build(), BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<String> ending = CompletableFuture.supplyAsync(() -> {
            try {
                response.body().forEach(lines::add);
                return "ended";
            } catch (java.io.UncheckedIOException e) {
                return "cut off: " + e.getMessage();
            }
        });
        return new Stream(lines, ending);
    }
}
