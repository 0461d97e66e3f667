package io.autocrm.app.workspace;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Agents' notifications: assigned a ticket by someone else, a customer's message on their ticket; never what they did
 * themselves, never another agent's; read one by one or all at once; for people only.
 */
@AppTest
class NotificationsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;

    @Test
    void anAgentIsToldWhatHappensOnTheirTicketsAndReadsIt() {
        Api admin = new Api(port);
        Tokens tokens = new Tokens(keys, port);
        String ada = agentWithLogin(admin, "Ada Notified");
        String bob = agentWithLogin(admin, "Bob Other");
        Api asAda = admin.as(tokens.forUser(UUID.fromString(ada), "agent"));
        Api asBob = admin.as(tokens.forUser(UUID.fromString(bob), "agent"));
        String customer = admin.post("/api/v1/customers", json("name", "Nora Notifier", "email",
                "nora." + UUID.randomUUID() + "@example.com")).json().get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", customer, "role", "customer", "password",
                "customer-password-12")).status()).isEqualTo(201);
        Api asNora = admin.as(tokens.forUser(UUID.fromString(customer), "customer"));

        JsonNode created = admin.post("/api/v1/tickets", json("subject", "Lost parcel", "description", "Where is it?",
                "requesterId", customer, "assigneeId", ada)).json();
        String ticket = created.get("id").asString();
        String mine = admin.post("/api/v1/tickets", json("subject", "Took it myself", "description", "Self",
                "requesterId", customer)).json().get("id").asString();
        assertThat(asAda.patch("/api/v1/tickets/" + mine, json("assigneeId", ada)).status()).isEqualTo(200);
        assertThat(asNora.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "customer-message", "body",
                "Any news?")).status()).isEqualTo(201);

        JsonNode page = await().atMost(WAIT).until(() -> asAda.get("/api/v1/notifications").json(),
                p -> p.get("items").size() == 2);
        List<String> kinds = new ArrayList<>();
        page.get("items").forEach(n -> kinds.add(n.get("kind").asString() + " #" + n.get("ticketNumber").asLong()
                + " " + n.get("ticketSubject").asString() + " by " + n.get("actor").get("type").asString()));
        long number = created.get("number").asLong();
        assertThat(kinds).as("newest first; not the ticket Ada took herself").containsExactly(
                "customer-message #" + number + " Lost parcel by customer",
                "assigned #" + number + " Lost parcel by api_key");
        assertThat(page.get("items").get(0).get("actor").get("name").asString()).isEqualTo("Nora Notifier");
        assertThat(page.get("unread").asLong()).isEqualTo(2);
        assertThat(asBob.get("/api/v1/notifications").json().get("items")).as("Bob's bell is his own").isEmpty();

        String first = page.get("items").get(0).get("id").asString();
        assertThat(asBob.post("/api/v1/notifications/" + first + "/read", null).status())
                .as("another agent's notification is not there for Bob").isEqualTo(404);
        assertThat(asAda.post("/api/v1/notifications/" + first + "/read", null).status()).isEqualTo(204);
        JsonNode after = asAda.get("/api/v1/notifications").json();
        assertThat(after.get("unread").asLong()).isEqualTo(1);
        assertThat(after.get("items").get(0).get("read").asBoolean()).isTrue();
        assertThat(after.get("items").get(1).get("read").asBoolean()).isFalse();
        assertThat(asAda.post("/api/v1/notifications/read-all", null).status()).isEqualTo(204);
        assertThat(asAda.get("/api/v1/notifications").json().get("unread").asLong()).isZero();

        assertThat(asNora.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "customer-message", "body",
                "Hello?")).status()).isEqualTo(201);
        await().atMost(WAIT).until(() -> asAda.get("/api/v1/notifications").json().get("unread").asLong() == 1);

        // Closed, then the customer writes again: the follow-up keeps Ada, who hears that Nora wrote.
        assertThat(admin.patch("/api/v1/tickets/" + ticket, json("status", "solved")).status()).isEqualTo(200);
        assertThat(admin.patch("/api/v1/tickets/" + ticket, json("status", "closed")).status()).isEqualTo(200);
        JsonNode followUp = asNora.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "customer-message",
                "body", "It broke again")).json();
        assertThat(followUp.get("followUp").asBoolean()).isTrue();
        JsonNode newest = await().atMost(WAIT).until(() -> asAda.get("/api/v1/notifications").json(),
                p -> p.get("unread").asLong() == 2).get("items").get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("customer-message");
        assertThat(newest.get("ticketId").asString()).isEqualTo(followUp.get("ticketId").asString());
        assertThat(newest.get("actor").get("name").asString()).isEqualTo("Nora Notifier");

        assertThat(admin.get("/api/v1/notifications").status()).as("an API key has no bell").isEqualTo(403);
        assertThat(asNora.get("/api/v1/notifications").status()).as("nor a customer").isEqualTo(403);
        assertThat(asAda.get("/api/v1/notifications?limit=0").status()).isEqualTo(400);
    }

    private static String agentWithLogin(Api admin, String name) {
        String id = admin.post("/api/v1/agents", json("name", name, "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", id, "role", "agent", "password", "agent-password-123"))
                .status()).isEqualTo(201);
        return id;
    }
}
