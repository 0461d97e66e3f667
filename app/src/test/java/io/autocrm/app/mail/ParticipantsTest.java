package io.autocrm.app.mail;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.app.support.Tokens;
import io.autocrm.channels.mail.MailServers;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Participants (CCs): added by staff or by being copied on the requester's mail, they get the public replies in Cc and
 * their mail to the ticket is added to it; anyone else's still opens a ticket of its own.
 */
@AppTest
class ParticipantsTest {

    private static final String SUPPORT = "support@autocrm.localhost";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    MailServers servers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JWKSource<SecurityContext> keys;

    private Api admin;
    private MailBox mail;
    private String marker;

    @BeforeEach
    void setUp() {
        admin = new Api(port);
        mail = new MailBox(servers.embeddedSmtpPort(), servers.embeddedImapPort());
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void staffAddAndRemoveParticipantsAndCustomersCannot() {
        String requester = admin.post("/api/v1/customers", json("name", "Rita Requester", "email",
                "rita." + marker + "@example.com")).json().get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", requester, "role", "customer", "password",
                "customer-password-12")).status()).isEqualTo(201);
        String ticket = admin.post("/api/v1/tickets", json("subject", "Shared printer", "description", "Jams",
                "requesterId", requester)).json().get("id").asString();

        Api.Response added = admin.post("/api/v1/tickets/" + ticket + "/participants", json("email",
                "Colin." + marker + "@Example.com", "name", "Colin Colleague"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        String colin = added.json().get("participantId").asString();
        long version = added.json().get("version").asLong();
        Api.Response again = admin.post("/api/v1/tickets/" + ticket + "/participants", json("customerId", colin));
        assertThat(again.json().get("version").asLong()).as("adding a participant again changes nothing")
                .isEqualTo(version);
        assertThat(admin.post("/api/v1/tickets/" + ticket + "/participants", json("customerId", requester))
                .json().get("version").asLong()).as("the requester takes part already").isEqualTo(version);

        JsonNode detail = admin.get("/api/v1/tickets/" + ticket + "?minVersion=" + version).json();
        assertThat(detail.get("participants")).singleElement().satisfies(p -> {
            assertThat(p.get("id").asString()).isEqualTo(colin);
            assertThat(p.get("name").asString()).isEqualTo("Colin Colleague");
        });
        Api asRequester = admin.as(new Tokens(keys, port).forUser(UUID.fromString(requester), "customer"));
        assertThat(asRequester.get("/api/v1/tickets/" + ticket).body()).as("customers do not see the list")
                .doesNotContain("Colin");
        Api.Response refused = asRequester.post("/api/v1/tickets/" + ticket + "/participants", json("email",
                "eve." + marker + "@example.com"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("customer-action-forbidden");
        assertThat(admin.post("/api/v1/tickets/" + ticket + "/participants", json("email", "not-an-address"))
                .status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/tickets/" + ticket + "/participants", json("email", "x@example.com",
                "customerId", colin)).status()).isEqualTo(400);

        Api.Response removed = admin.send(admin.request("/api/v1/tickets/" + ticket + "/participants/" + colin)
                .DELETE());
        assertThat(removed.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/tickets/" + ticket + "?minVersion=" + removed.json().get("version").asLong())
                .json().get("participants")).isEmpty();
        assertThat(admin.get("/api/v1/tickets/" + ticket + "/audit").body()).contains("Participant (CC) added",
                "Participant (CC) removed");
    }

    @Test
    void copiedPeopleTakePartGetTheRepliesInCcAndTheirAnswersLandOnTheTicket() throws Exception {
        String requester = "ruth." + marker + "@example.com";
        String colleague = "carl." + marker + "@example.com";
        String stranger = "sam." + marker + "@example.com";
        String first = "first." + marker + "@client.example";
        mail.send("""
                From: Ruth <%s>
                To: AutoCRM Support <%s>
                Cc: Carl <%s>
                Subject: Invoices for both of us %s
                Message-ID: <%s>

                Please send the invoices to Carl too.
                """.formatted(requester, SUPPORT, colleague, marker, first), SUPPORT);
        String ticket = ticketOf(first);
        await().atMost(WAIT).untilAsserted(() -> assertThat(admin.get("/api/v1/tickets/" + ticket).json()
                .get("participants")).extracting(p -> p.get("email").asString()).containsExactly(colleague));

        String carl = admin.get("/api/v1/tickets/" + ticket).json().get("participants").get(0).get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", carl, "role", "customer", "password",
                "customer-password-12")).status()).isEqualTo(201);
        Api asCarl = admin.as(new Tokens(keys, port).forUser(UUID.fromString(carl), "customer"));
        assertThat(asCarl.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "customer-message", "body",
                "Through the API")).status()).as("participants take part by mail, not through the API").isEqualTo(404);
        admin.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "internal-note", "body",
                "Secret note " + marker));
        admin.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply", "body",
                "Both invoices are attached " + marker));
        await().atMost(WAIT).ignoreExceptions().until(() -> !mail.inbox(colleague).isEmpty());
        List<String> copied = mail.inbox(colleague);
        assertThat(copied).hasSize(1);
        assertThat(copied.getFirst()).contains("Both invoices are attached").doesNotContain("Secret note");
        MimeMessage reply = MailBox.parse(copied.getFirst());
        assertThat(reply.getRecipients(Message.RecipientType.TO)[0].toString()).contains(requester);
        assertThat(reply.getRecipients(Message.RecipientType.CC)[0].toString()).contains(colleague);
        String replyId = reply.getHeader("Message-ID", null);

        String answer = "carl-answer." + marker + "@client.example";
        mail.send("""
                From: Carl <%s>
                To: %s
                Subject: Re: Invoices for both of us
                Message-ID: <%s>
                In-Reply-To: %s

                Thanks, received mine.
                """.formatted(colleague, SUPPORT, answer, replyId), SUPPORT);
        assertThat(ticketOf(answer)).as("a participant's answer lands on the ticket").isEqualTo(ticket);
        String strangers = "sam-answer." + marker + "@client.example";
        mail.send("""
                From: Sam <%s>
                To: %s
                Subject: Re: Invoices for both of us
                Message-ID: <%s>
                In-Reply-To: %s

                Me too please.
                """.formatted(stranger, SUPPORT, strangers, replyId), SUPPORT);
        assertThat(ticketOf(strangers)).as("a stranger's opens a ticket of its own").isNotEqualTo(ticket);
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> authors = new ArrayList<>();
            for (JsonNode message : admin.get("/api/v1/tickets/" + ticket).json().get("messages")) {
                authors.add(message.get("author").get("name").asString() + ": " + message.get("body").asString());
            }
            assertThat(authors).contains("carl." + marker + ": Thanks, received mine.");
        });

        assertThat(admin.post("/api/v1/customers/" + carl + "/erasure", null).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM mail.outbox WHERE lower(?) = ANY (SELECT lower(r) FROM unnest(cc) r)")
                .param(colleague).query(Long.class).single()).as("erasing a participant takes the mail they were copied on")
                .isZero();
    }

    private String ticketOf(String messageId) {
        return Inbound.of(jdbc, messageId).ticketId().toString();
    }
}
