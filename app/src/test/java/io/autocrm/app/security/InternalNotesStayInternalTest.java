package io.autocrm.app.security;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.mail.MailBox;
import io.autocrm.app.support.Api;
import io.autocrm.channels.mail.MailServers;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No internal note, nor anything else meant for staff, reaches a customer on any read path: the queue, the ticket,
 * its past states, its events, its audit trail, the live stream and mail — as the requester and as a colleague of a
 * ticket-sharing organisation — through the real security chain, while an agent sees all of it.
 */
@AppTest
class InternalNotesStayInternalTest {

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    @Autowired
    MailServers mailServers;

    @Test
    void customersNeverSeeInternalNotesTagsOrStaffFieldsOnAnyReadPath() throws Exception {
        Api admin = new Api(port);
        Tokens tokens = new Tokens(keys, port);
        String organisation = admin.post("/api/v1/organisations", json("name", "Sharing " + UUID.randomUUID(),
                "sharedTickets", true)).json().get("id").asString();
        String requester = customerWithLogin(admin, "Requester", organisation);
        String colleague = customerWithLogin(admin, "Colleague", organisation);
        String agent = admin.post("/api/v1/agents", json("name", "Note Writer", "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", agent, "role", "agent", "password", "note-writer-password-1"))
                .status()).isEqualTo(201);
        String staffField = "staff_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/v1/custom-fields", json("key", staffField, "label", "Staff only", "type", "text"))
                .status()).isEqualTo(201);

        Api asRequester = admin.as(tokens.forUser(UUID.fromString(requester), "customer"));
        Api asColleague = admin.as(tokens.forUser(UUID.fromString(colleague), "customer"));
        Api asAgent = admin.as(tokens.forUser(UUID.fromString(agent), "agent"));
        List<String> requesterStream = subscribe(asRequester);
        List<String> colleagueStream = subscribe(asColleague);

        String secret = "SECRET-" + UUID.randomUUID();
        String ticket = asRequester.post("/api/v1/tickets", json("subject", "My printer", "description", "It jams"))
                .json().get("id").asString();
        String noteFile = io.autocrm.app.files.Uploads.upload(asAgent, secret + ".txt", "staff eyes only".getBytes())
                .json().get("id").asString();
        assertThat(asAgent.post("/api/v1/tickets/" + ticket + "/messages",
                json("kind", "internal-note", "body", "Note " + secret, "attachmentIds", List.of(noteFile))).status())
                .isEqualTo(201);
        assertThat(asAgent.patch("/api/v1/tickets/" + ticket, json("tags", List.of("tag-" + secret.toLowerCase()),
                "priority", "urgent", "assigneeId", agent, "customFields", java.util.Map.of(staffField, "field " + secret)))
                .status()).isEqualTo(200);
        String reply = "Public reply " + UUID.randomUUID();
        assertThat(asAgent.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply", "body", reply))
                .status()).isEqualTo(201);
        // A side conversation with a vendor: agents only, like the note.
        String vendor = "vendor-" + UUID.randomUUID() + "@example.net";
        assertThat(asAgent.post("/api/v1/tickets/" + ticket + "/side-conversations", json("subject", "Side " + secret,
                "body", "Side body " + secret, "to", List.of(vendor))).status()).isEqualTo(201);

        // The agent sees everything, which proves the secret is really there to leak.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(asAgent.get("/api/v1/tickets/" + ticket).body()).contains(secret, reply));
        assertThat(asAgent.get("/api/v1/tickets/" + ticket + "/events").body()).contains(secret);
        assertThat(asAgent.get("/api/v1/tickets/" + ticket).body()).as("the note's file, by its name")
                .contains(secret + ".txt");
        for (Api customer : List.of(asRequester, asColleague)) {
            assertThat(customer.get("/api/v1/tickets/" + ticket + "/attachments/" + noteFile).status())
                    .as("the note's file is not there for customers").isEqualTo(404);
        }

        String bySecret = "/api/v1/tickets/count?q=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        assertThat(asAgent.get(bySecret).json().get("count").asLong()).as("staff count the note's words").isOne();
        String asOf = URLEncoder.encode(Instant.now().toString(), StandardCharsets.UTF_8);
        for (Api customer : List.of(asRequester, asColleague)) {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(customer.get("/api/v1/tickets/" + ticket).body()).contains(reply));
            List<String> bodies = List.of(
                    customer.get("/api/v1/tickets").body(),
                    customer.get("/api/v1/tickets?q=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)).body(),
                    customer.get("/api/v1/tickets/" + ticket).body(),
                    customer.get("/api/v1/tickets/" + ticket + "?asOf=" + asOf).body(),
                    customer.get("/api/v1/tickets/" + ticket + "/events").body(),
                    customer.get("/api/v1/tickets/" + ticket + "/audit").body());
            assertThat(customer.get(bySecret).json().get("count").asLong()).as("a customer's count").isZero();
            assertThat(bodies.get(0)).contains(ticket);
            assertThat(bodies.get(4)).contains("PublicReplyAddedEvent");
            for (String body : bodies) {
                assertThat(body).doesNotContain(secret).doesNotContain(secret.toLowerCase()).doesNotContain("urgent")
                        .doesNotContain(staffField).doesNotContain("internal-note").doesNotContain("sideConversation")
                        .doesNotContain("SideMessage").doesNotContain("Side message").doesNotContain("Side conversation")
                        .doesNotContain(vendor);
            }
        }
        for (List<String> stream : List.of(requesterStream, colleagueStream)) {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(String.join("\n", stream)).contains(ticket));
            assertThat(String.join("\n", stream)).doesNotContain(secret).doesNotContain(secret.toLowerCase())
                    .doesNotContain("urgent").doesNotContain(staffField);
        }
        // Mail: the requester's mailbox gets the public reply, never the note.
        String address = admin.get("/api/v1/customers/" + requester).json().get("email").asString();
        MailBox mail = new MailBox(mailServers.embeddedSmtpPort(), mailServers.embeddedImapPort());
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> !mail.inbox(vendor).isEmpty());
        assertThat(String.join("\n", mail.inbox(vendor))).as("the side message went to the vendor alone")
                .contains("Side body " + secret).doesNotContain(reply);
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> !mail.inbox(address).isEmpty());
        String mailbox = String.join("\n", mail.inbox(address));
        assertThat(mailbox).contains(reply).doesNotContain(secret).doesNotContain(secret.toLowerCase())
                .doesNotContain(staffField);
        assertThat(mail.inbox(address)).as("one mail: the reply").hasSize(1);
    }

    /**
     * A customer sees a merge only as "your request was joined with #N": a message written to the merged request lands
     * on the survivor, whose timeline shows the merged request's public messages and never its internal notes, on
     * every read path of both tickets.
     */
    @Test
    void customersSeeAMergeOnlyAsJoinedAndNeverTheMergedTicketsNotes() {
        Api admin = new Api(port);
        Tokens tokens = new Tokens(keys, port);
        String organisation = admin.post("/api/v1/organisations", json("name", "Merging " + UUID.randomUUID(),
                "sharedTickets", true)).json().get("id").asString();
        String requester = customerWithLogin(admin, "Twice", organisation);
        Api asRequester = admin.as(tokens.forUser(UUID.fromString(requester), "customer"));
        String secret = "SECRET-" + UUID.randomUUID();
        String survivor = asRequester.post("/api/v1/tickets", json("subject", "Printer", "description", "It jams"))
                .json().get("id").asString();
        String merged = asRequester.post("/api/v1/tickets", json("subject", "Printer again",
                "description", "Still jams " + UUID.randomUUID())).json().get("id").asString();
        assertThat(admin.post("/api/v1/tickets/" + merged + "/messages",
                json("kind", "internal-note", "body", "Note " + secret)).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/tickets/" + survivor + "/merge", json("mergedTicketId", merged)).status())
                .isEqualTo(200);
        long survivorNumber = admin.get("/api/v1/tickets/" + survivor).json().get("number").asLong();

        Api.Response written = asRequester.post("/api/v1/tickets/" + merged + "/messages",
                json("kind", "customer-message", "body", "Any news?"));
        assertThat(written.status()).isEqualTo(201);
        assertThat(written.json().get("ticketId").asString()).isEqualTo(survivor);
        assertThat(written.json().get("forwardedFrom").asString()).isEqualTo(merged);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(admin.get("/api/v1/tickets/" + survivor).body()).contains(secret, "Any news?");
            assertThat(asRequester.get("/api/v1/tickets/" + survivor).body()).contains("Still jams", "Any news?");
        });
        assertThat(asRequester.get("/api/v1/tickets/" + merged).json().get("mergedInto").get("number").asLong())
                .isEqualTo(survivorNumber);
        assertThat(asRequester.get("/api/v1/tickets/" + merged + "/audit").body())
                .contains("Your request was joined with #" + survivorNumber);
        String asOf = URLEncoder.encode(Instant.now().toString(), StandardCharsets.UTF_8);
        for (String ticket : List.of(survivor, merged)) {
            List<String> bodies = List.of(
                    asRequester.get("/api/v1/tickets/" + ticket).body(),
                    asRequester.get("/api/v1/tickets/" + ticket + "?asOf=" + asOf).body(),
                    asRequester.get("/api/v1/tickets/" + ticket + "/events").body(),
                    asRequester.get("/api/v1/tickets/" + ticket + "/audit").body());
            for (String body : bodies) {
                assertThat(body).doesNotContain(secret).doesNotContain("internal-note").doesNotContain("mergedFrom")
                        .doesNotContain("splitInto");
            }
        }
    }

    private static String customerWithLogin(Api admin, String name, String organisation) {
        String id = admin.post("/api/v1/customers", json("name", name, "email", UUID.randomUUID() + "@example.com",
                "organisationId", organisation)).json().get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", id, "role", "customer", "password", "customer-password-12"))
                .status()).isEqualTo(201);
        return id;
    }

    /** Opens the live stream and collects its lines in the background until the test ends. */
    private static List<String> subscribe(Api api) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = api.http().send(
                api.request("/api/v1/stream/tickets", "Accept", "text/event-stream").GET().build(), BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread.ofVirtual().start(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException ended) {
                // the stream ends with the test's context
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:snapshot"));
        return lines;
    }
}
