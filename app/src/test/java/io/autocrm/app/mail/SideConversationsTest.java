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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Side conversations through the real mail servers: an agent asks a vendor about a ticket by mail; the vendor's answer
 * comes back into the side thread (agents only), never into the public conversation or the customer's mailbox; a
 * closed side conversation opens again when the vendor writes to its reply address.
 */
@AppTest
class SideConversationsTest {

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
    void aVendorsAnswerComesBackIntoTheSideThreadAndNowhereElse() throws Exception {
        String requesterEmail = "rose." + marker + "@example.com";
        String requester = admin.post("/api/v1/customers", json("name", "Rose Requester", "email", requesterEmail))
                .json().get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", requester, "role", "customer", "password",
                "customer-password-12")).status()).isEqualTo(201);
        JsonNode created = admin.post("/api/v1/tickets", json("subject", "Broken hinge " + marker, "description",
                "The lid fell off", "requesterId", requester)).json();
        String ticket = created.get("id").asString();
        long number = created.get("number").asLong();
        String vendor = "Parts." + marker + "@Vendor.example"; // kept as given, found whatever its case

        Api.Response started = admin.post("/api/v1/tickets/" + ticket + "/side-conversations", json(
                "subject", "Spare hinge for model X " + marker, "body", "Do you have hinge H-7 in stock? " + marker,
                "to", List.of(vendor)));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String conversation = started.json().get("conversationId").asString();

        await().atMost(WAIT).ignoreExceptions().until(() -> !mail.inbox(vendor).isEmpty());
        MimeMessage asked = MailBox.parse(mail.inbox(vendor).getFirst());
        assertThat(asked.getSubject()).isEqualTo("Spare hinge for model X " + marker);
        assertThat(asked.getSubject()).as("the ticket's number is none of the vendor's business").doesNotContain("#");
        assertThat(asked.getRecipients(Message.RecipientType.TO)).singleElement()
                .satisfies(to -> assertThat(to.toString()).isEqualTo(vendor));
        assertThat(asked.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(asked.getReplyTo()[0].toString()).matches(".*support\\+[a-z2-9]{12}@autocrm\\.localhost.*");
        assertThat(asked.getHeader("Auto-Submitted")).as("an agent wrote it").isNull();
        String askedId = asked.getHeader("Message-ID", null);

        String answerId = "vendor-answer." + marker + "@vendor.example";
        mail.send("""
                From: Parts Desk <%s>
                To: %s
                Subject: Re: Spare hinge for model X %s
                Message-ID: <%s>
                In-Reply-To: %s
                References: %s

                Yes, 40 in stock, shipping today. %s

                On Monday AutoCRM wrote:
                > Do you have hinge H-7 in stock?
                """.formatted(vendor.toLowerCase(), asked.getReplyTo()[0].toString().replaceAll(".*<|>.*", ""), marker,
                answerId,
                askedId, askedId, marker), SUPPORT);
        assertThat(Inbound.of(jdbc, answerId).state()).isEqualTo("side-message-added");

        JsonNode side = await().atMost(WAIT).until(() -> admin.get("/api/v1/tickets/" + ticket).json()
                .get("sideConversations"), sides -> sides.size() == 1 && sides.get(0).get("messages").size() == 2)
                .get(0);
        assertThat(side.get("id").asString()).isEqualTo(conversation);
        assertThat(side.get("state").asString()).isEqualTo("open");
        assertThat(side.get("subject").asString()).isEqualTo("Spare hinge for model X " + marker);
        JsonNode out = side.get("messages").get(0);
        JsonNode in = side.get("messages").get(1);
        assertThat(out.get("direction").asString()).isEqualTo("out");
        assertThat(out.get("to").get(0).get("email").asString()).isEqualTo(vendor);
        assertThat(in.get("direction").asString()).isEqualTo("in");
        assertThat(in.get("from").get("email").asString()).isEqualTo(vendor);
        assertThat(in.get("body").asString()).as("quoted history stripped")
                .isEqualTo("Yes, 40 in stock, shipping today. " + marker);

        JsonNode detail = admin.get("/api/v1/tickets/" + ticket).json();
        assertThat(detail.get("messages")).as("the public conversation has the description alone").hasSize(1);
        assertThat(admin.get("/api/v1/tickets/" + ticket + "/audit").body())
                .contains("Side conversation started", "Side message received from contact");

        // The customer sees none of it, anywhere, and cannot find the ticket by its words.
        Api asRequester = admin.as(new Tokens(keys, port).forUser(UUID.fromString(requester), "customer"));
        String search = "/api/v1/tickets?q=" + URLEncoder.encode("shipping", StandardCharsets.UTF_8);
        for (String path : List.of("/api/v1/tickets/" + ticket, "/api/v1/tickets/" + ticket + "/audit",
                "/api/v1/tickets/" + ticket + "/events", search)) {
            assertThat(asRequester.get(path).body()).as(path).doesNotContain(marker + "@Vendor")
                    .doesNotContain("in stock").doesNotContain("Spare hinge").doesNotContain("sideConversation");
        }
        assertThat(admin.get(search).body()).as("staff find it by the side thread's words").contains(ticket);
        Api.Response refused = asRequester.post("/api/v1/tickets/" + ticket + "/side-conversations", json("subject",
                "Mine", "body", "Let me in", "to", List.of("x." + marker + "@example.com")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("customer-action-forbidden");

        // A public reply does not name the side thread's mail, and the requester never got the side mail.
        admin.post("/api/v1/tickets/" + ticket + "/messages", json("kind", "public-reply", "body",
                "A new hinge is on its way " + marker));
        await().atMost(WAIT).ignoreExceptions().until(() -> !mail.inbox(requesterEmail).isEmpty());
        List<String> requesterMail = mail.inbox(requesterEmail);
        assertThat(requesterMail).hasSize(1);
        MimeMessage reply = MailBox.parse(requesterMail.getFirst());
        assertThat(reply.getSubject()).contains("[#" + number + "]");
        assertThat(String.join(" ", reply.getHeader("References") == null ? new String[0]
                : reply.getHeader("References"))).doesNotContain("side-").doesNotContain(answerId);
        assertThat(requesterMail.getFirst()).doesNotContain("in stock").doesNotContain("H-7");

        // Closed, then the vendor writes to the side thread's reply address: it opens again.
        Api.Response closed = admin.post("/api/v1/tickets/" + ticket + "/side-conversations/" + conversation
                + "/close", null);
        assertThat(closed.status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> admin.get("/api/v1/tickets/" + ticket).json().get("sideConversations")
                .get(0).get("state").asString().equals("closed"));
        String laterId = "vendor-later." + marker + "@vendor.example";
        mail.send("""
                From: Parts Desk <%s>
                To: %s
                Subject: One more thing
                Message-ID: <%s>

                The tracking number is 123. %s
                """.formatted(vendor, asked.getReplyTo()[0].toString().replaceAll(".*<|>.*", ""), laterId, marker),
                SUPPORT);
        assertThat(Inbound.of(jdbc, laterId).reason()).contains("reply address");
        JsonNode reopened = await().atMost(WAIT).until(() -> admin.get("/api/v1/tickets/" + ticket).json()
                .get("sideConversations").get(0), s -> s.get("messages").size() == 3);
        assertThat(reopened.get("state").asString()).isEqualTo("open");

        // The agent answers in the thread: it goes to the vendor, threaded under their last mail.
        assertThat(admin.post("/api/v1/tickets/" + ticket + "/side-conversations/" + conversation + "/messages",
                json("body", "Thanks! " + marker)).status()).isEqualTo(201);
        await().atMost(WAIT).ignoreExceptions().until(() -> mail.inbox(vendor).size() == 2);
        MimeMessage thanks = MailBox.parse(mail.inbox(vendor).get(1));
        assertThat(thanks.getSubject()).isEqualTo("Re: Spare hinge for model X " + marker);
        assertThat(thanks.getHeader("In-Reply-To", null)).isEqualTo("<" + laterId + ">");

        // Erasing the vendor takes every mail to and from them, the side thread's included.
        String contact = admin.get("/api/v1/tickets/" + ticket).json().get("sideConversations").get(0)
                .get("messages").get(0).get("to").get(0).get("id").asString();
        assertThat(admin.post("/api/v1/customers/" + contact + "/erasure", null).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM mail.outbox WHERE ?::uuid = ANY (recipient_ids) OR lower(?) = ANY "
                + "(SELECT lower(r) FROM unnest(recipients) r)").params(contact, vendor).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM mail.inbound WHERE subject_id = ?::uuid").param(contact)
                .query(Long.class).single()).isZero();
    }

    @Test
    void badRequestsAreRefusedWithTheirCodes() {
        String customer = admin.post("/api/v1/customers", json("name", "Someone", "email", "someone." + marker
                + "@example.com")).json().get("id").asString();
        String ticket = admin.post("/api/v1/tickets", json("subject", "Anything", "description", "Text",
                "requesterId", customer)).json().get("id").asString();
        String path = "/api/v1/tickets/" + ticket + "/side-conversations";
        Api.Response noOne = admin.post(path, json("subject", "To nobody", "body", "Hello"));
        assertThat(noOne.status()).isEqualTo(400);
        assertThat(admin.post(path, json("subject", "Bad", "body", "Hello", "to", List.of("not-an-address")))
                .status()).isEqualTo(400);
        assertThat(admin.post(path, json("subject", " ", "body", "Hello", "to", List.of("a@example.com")))
                .status()).isEqualTo(400);
        Api.Response requester = admin.post(path, json("subject", "To the customer", "body", "Hello", "to",
                List.of("someone." + marker + "@example.com")));
        assertThat(requester.status()).as("the requester gets public replies, not side mail").isEqualTo(400);
        assertThat(requester.json().get("detail").asString()).contains("the requester");
        Api.Response unknown = admin.post(path + "/" + UUID.randomUUID() + "/messages", json("body", "Hello"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("side-conversation-not-found");
        assertThat(admin.post(path + "/not-an-id/close", null).json().get("code").asString())
                .isEqualTo("side-conversation-not-found");
        assertThat(admin.post("/api/v1/tickets/" + UUID.randomUUID() + "/side-conversations", json("subject", "X",
                "body", "Y", "to", List.of("a@example.com"))).json().get("code").asString())
                .isEqualTo("ticket-not-found");
        assertThat(jdbc.sql("SELECT count(*) FROM read_model.side_conversation WHERE ticket_id = ?::uuid")
                .param(ticket).query(Long.class).single()).as("nothing half-written").isZero();
    }
}
