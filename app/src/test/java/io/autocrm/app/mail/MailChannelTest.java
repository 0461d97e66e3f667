package io.autocrm.app.mail;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import io.autocrm.channels.mail.MailServers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The e-mail channel end to end through real SMTP and IMAP (the embedded mail server): a customer's mail opens a
 * ticket, the agent's reply arrives in the customer's mailbox threaded, the customer's answer from the mail client
 * lands on the same ticket without its quoted history, and machines, strangers and broken mail are kept apart.
 */
@AppTest
class MailChannelTest {

    private static final String SUPPORT = "support@autocrm.localhost";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    MailServers servers;
    @Autowired
    JdbcClient jdbc;

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
    void aMailOpensATicketItsReplyArrivesThreadedAndTheAnswerLandsOnTheSameTicket() throws Exception {
        String customer = "ann." + marker + "@example.com";
        String first = "first." + marker + "@client.example";
        mail.send("""
                From: Ann Example <%s>
                To: AutoCRM Support <%s>
                Subject: =?UTF-8?Q?Dr=C3=BCcker_brennt_%s?=
                Message-ID: <%s>
                Thread-Index: AQHZ1a2b3c4d5e6f7g8h9i0jAAAAAA==
                MIME-Version: 1.0
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Mein Drucker ist kaputt, bitte helfen Sie. Gr=FC=DFe
                """.formatted(customer, SUPPORT, marker, first), SUPPORT);

        JsonNode received = awaitReceived(first);
        assertThat(received.get("state").asString()).isEqualTo("ticket-created");
        String ticketId = received.get("ticketId").asString();
        JsonNode ticket = admin.get("/api/v1/tickets/" + ticketId + "?minVersion=1").json();
        assertThat(ticket.get("subject").asString()).isEqualTo("Drücker brennt " + marker);
        assertThat(ticket.get("channel").asString()).isEqualTo("email");
        assertThat(ticket.get("messages").get(0).get("body").asString())
                .isEqualTo("Mein Drucker ist kaputt, bitte helfen Sie. Grüße");
        long number = ticket.get("number").asLong();
        await().atMost(WAIT).untilAsserted(() -> assertThat(admin.get("/api/v1/tickets/" + ticketId + "/audit").body())
                .as("the history says how the mail came in").contains("\"type\":\"mail\"", "<" + first + ">"));

        long version = admin.post("/api/v1/tickets/" + ticketId + "/messages", json("kind", "internal-note",
                "body", "Secret note " + marker)).json().get("version").asLong();
        String steps = io.autocrm.app.files.Uploads.upload(admin, "restart-steps.txt",
                ("1. Off\n2. On " + marker).getBytes(java.nio.charset.StandardCharsets.UTF_8)).json().get("id").asString();
        admin.post("/api/v1/tickets/" + ticketId + "/messages", json("kind", "public-reply",
                "body", "<p>Please <b>restart</b> it " + marker + "</p><script>alert(1)</script>", "format", "html",
                "attachmentIds", List.of(steps)), "If-Match", "\"" + version + "\"");
        await().atMost(WAIT).ignoreExceptions().until(() -> !mail.inbox(customer).isEmpty());
        List<String> inbox = mail.inbox(customer);
        assertThat(inbox).as("the reply, and never the internal note").hasSize(1);
        assertThat(inbox.getFirst()).doesNotContain("Secret note").doesNotContain("<script>");
        MimeMessage reply = MailBox.parse(inbox.getFirst());
        assertThat(reply.getSubject()).isEqualTo("Re: Drücker brennt " + marker + " [#" + number + "]");
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo("<" + first + ">");
        assertThat(reply.getHeader("References", null)).contains("<" + first + ">");
        assertThat(reply.getReplyTo()[0].toString()).matches(".*support\\+[a-z2-9]{12}@autocrm\\.localhost.*");
        assertThat(inbox.getFirst()).as("HTML with a plain-text alternative")
                .contains("multipart/alternative", "Content-Type: text/plain", "Content-Type: text/html");
        assertThat(inbox.getFirst()).as("the reply's file goes with it").contains("filename=restart-steps.txt",
                "Content-Disposition: attachment");
        String replyId = reply.getHeader("Message-ID", null);
        JsonNode sent = admin.get("/api/v1/tickets/" + ticketId + "/mail").json().get("sent");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("state").asString()).isEqualTo("sent");
        Api.Response again = admin.post("/api/v1/admin/mail/outbox/" + sent.get(0).get("id").asString() + "/retry",
                json());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("mail-not-retryable");
        assertThat(admin.get("/api/v1/admin/mail/outbox?cursor=-9000000000000000000_" + UUID.randomUUID()).json()
                .get("code").asString()).isEqualTo("validation-failed");
        assertThat(admin.get("/api/v1/admin/mail/inbound?state=lost").json().get("code").asString())
                .isEqualTo("validation-failed");
        assertThat(admin.get("/api/v1/tickets/" + ticketId + "/mail/not-a-mail/original").json().get("code")
                .asString()).isEqualTo("mail-not-found");

        String answer = "answer." + marker + "@client.example";
        mail.send("""
                From: Ann Example <%s>
                To: %s
                Subject: Re: Drücker brennt %s [#%d]
                Message-ID: <%s>
                In-Reply-To: %s
                References: <%s> %s
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="mixed"

                --mixed
                Content-Type: multipart/related; boundary="related"

                --related
                Content-Type: text/html; charset=UTF-8

                <p>It works again, thank you!<img src="cid:logo@client"></p>
                <div class="gmail_quote">On Mon, 7 Dec 2026 at 10:00, AutoCRM Support &lt;%s&gt; wrote:
                <blockquote>Please restart it</blockquote></div>
                --related
                Content-Type: image/png
                Content-ID: <logo@client>
                Content-Transfer-Encoding: base64

                %s
                --related--
                --mixed
                Content-Type: image/png; name="=?UTF-8?Q?Dr=C3=BCcker.png?="
                Content-Disposition: attachment; filename="=?UTF-8?Q?Dr=C3=BCcker.png?="
                Content-Transfer-Encoding: base64

                %s
                --mixed--
                """.formatted(customer, reply.getReplyTo()[0], marker, number, answer, replyId, first, replyId,
                SUPPORT, Base64.getMimeEncoder().encodeToString(io.autocrm.app.files.Uploads.PNG),
                Base64.getMimeEncoder().encodeToString(io.autocrm.app.files.Uploads.PNG)), SUPPORT);
        JsonNode answered = awaitReceived(answer);
        assertThat(answered.get("state").asString()).isEqualTo("message-added");
        assertThat(answered.get("ticketId").asString()).isEqualTo(ticketId);
        assertThat(answered.get("reason").asString()).contains("In-Reply-To");
        await().atMost(WAIT).until(() -> admin.get("/api/v1/tickets/" + ticketId).body().contains("It works again"));
        JsonNode messages = admin.get("/api/v1/tickets/" + ticketId).json().get("messages");
        JsonNode last = messages.get(messages.size() - 1);
        assertThat(last.get("kind").asString()).isEqualTo("customer-message");
        assertThat(last.get("body").asString()).as("the quoted history is not stored")
                .isEqualTo("It works again, thank you!");
        JsonNode files = last.get("attachments");
        assertThat(files).as("the embedded image and the attachment").hasSize(2);
        assertThat(files.get(0).get("inline").asBoolean()).isTrue();
        assertThat(files.get(0).get("contentType").asString()).isEqualTo("image/png");
        assertThat(files.get(1).get("name").asString()).isEqualTo("Drücker.png");
        assertThat(files.get(1).get("inline").asBoolean()).isFalse();
        var download = admin.http().send(admin.anonymous().request(files.get(1).get("url").asString()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(io.autocrm.app.files.Uploads.PNG);
        String original = admin.get("/api/v1/tickets/" + ticketId + "/mail/" + answered.get("id").asString()
                + "/original").body();
        assertThat(original).as("the original keeps everything").contains("<blockquote>Please restart it");

        assertThat(mail.read(SUPPORT, "support", "Processed").stream().filter(m -> m.contains(marker)).count())
                .as("mail leaves the inbox once taken in").isEqualTo(2);
    }

    @Test
    void outlookRepliesWithoutReferencesFindTheirTicketByThreadIndexOrToken() throws Exception {
        String customer = "olivia." + marker + "@example.com";
        String first = "o1." + marker + "@outlook.example";
        byte[] header = new byte[22];
        header[0] = 1;
        byte[] guid = UUID.randomUUID().toString().getBytes();
        System.arraycopy(guid, 0, header, 6, 16);
        String threadIndex = Base64.getEncoder().encodeToString(header);
        byte[] child = java.util.Arrays.copyOf(header, 27);
        child[24] = 7;
        mail.send(plain(customer, SUPPORT, "Outlook " + marker, first, "Thread-Index: " + threadIndex, "Help"), SUPPORT);
        String ticketId = awaitReceived(first).get("ticketId").asString();

        String second = "o2." + marker + "@outlook.example";
        mail.send(plain(customer, SUPPORT, "AW: Outlook " + marker, second,
                "Thread-Index: " + Base64.getEncoder().encodeToString(child), "More"), SUPPORT);
        JsonNode byIndex = awaitReceived(second);
        assertThat(byIndex.get("ticketId").asString()).isEqualTo(ticketId);
        assertThat(byIndex.get("reason").asString()).contains("Thread-Index");

        String token = jdbc.sql("SELECT reply_token FROM mail.ticket_thread WHERE ticket_id = ?::uuid")
                .param(ticketId).query(String.class).single();
        String third = "o3." + marker + "@outlook.example";
        mail.send(plain(customer, "support+" + token + "@autocrm.localhost", "Something else", third, "", "Again"),
                "support+" + token + "@autocrm.localhost");
        JsonNode byToken = awaitReceived(third);
        assertThat(byToken.get("ticketId").asString()).isEqualTo(ticketId);
        assertThat(byToken.get("reason").asString()).contains("reply address");
    }

    @Test
    void aStrangerNamingATicketGetsATicketOfTheirOwn() throws Exception {
        String customer = "cleo." + marker + "@example.com";
        String first = "c1." + marker + "@client.example";
        mail.send(plain(customer, SUPPORT, "Invoice " + marker, first, "", "Where is my invoice?"), SUPPORT);
        JsonNode opened = awaitReceived(first);
        long number = admin.get("/api/v1/tickets/" + opened.get("ticketId").asString() + "?minVersion=1").json()
                .get("number").asLong();

        String stranger = "mallory." + marker + "@evil.example";
        String intrusion = "m1." + marker + "@evil.example";
        mail.send(plain(stranger, SUPPORT, "Re: Invoice [#" + number + "]", intrusion, "In-Reply-To: <" + first + ">",
                "Send the invoice to me instead"), SUPPORT);
        JsonNode kept = awaitReceived(intrusion);
        assertThat(kept.get("state").asString()).isEqualTo("ticket-created");
        assertThat(kept.get("ticketId").asString()).isNotEqualTo(opened.get("ticketId").asString());
        assertThat(kept.get("reason").asString()).contains("is not the requester").doesNotContain(stranger);
        JsonNode original = admin.get("/api/v1/tickets/" + opened.get("ticketId").asString()).json();
        assertThat(original.get("messages")).as("nothing was added to Cleo's ticket").hasSize(1);
    }

    @Test
    void machinesDoNotLoopAndBrokenMailIsQuarantinedNeverDropped() throws Exception {
        String customer = "otto." + marker + "@example.com";
        String auto = "auto." + marker + "@client.example";
        mail.send(plain(customer, SUPPORT, "Out of office " + marker, auto, "Auto-Submitted: auto-replied",
                "I am away"), SUPPORT);
        JsonNode ignored = awaitReceived(auto);
        assertThat(ignored.get("state").asString()).isEqualTo("ignored");
        assertThat(ignored.get("reason").asString()).contains("Auto-Submitted");
        assertThat(ignored.get("ticketId").isNull()).isTrue();

        String bounce = "bounce." + marker + "@mx.example";
        mail.send("""
                From: MAILER-DAEMON@mx.example
                To: %s
                Subject: Undelivered Mail Returned to Sender %s
                Message-ID: <%s>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Delivery failed.
                --b--
                """.formatted(SUPPORT, marker, bounce), SUPPORT);
        assertThat(awaitReceived(bounce).get("state").asString()).isEqualTo("ignored");

        String broken = "broken." + marker + "@client.example";
        mail.send("""
                To: %s
                Subject: No sender %s
                Message-ID: <%s>

                Who am I?
                """.formatted(SUPPORT, marker, broken), SUPPORT);
        await().atMost(WAIT).until(() -> quarantined(marker) != null);
        JsonNode quarantine = quarantined(marker);
        assertThat(quarantine.get("reason").asString()).contains("no sender");
        byte[] raw = admin.get("/api/v1/admin/mail/inbound/" + quarantine.get("id").asString() + "/original")
                .body().getBytes();
        assertThat(new String(raw)).contains("Who am I?");
        await().atMost(WAIT).until(() -> mail.read(SUPPORT, "support", "Quarantine").stream()
                .anyMatch(m -> m.contains("No sender " + marker)));
    }

    @Test
    void theWebhookTakesEachMailOnceAndSanitisesHtml() {
        Api hook = admin;
        String id = "hook." + marker + "@provider.example";
        String raw = """
                From: Hugo <hugo.%s@example.com>\r
                To: %s\r
                Subject: HTML %s\r
                Message-ID: <%s>\r
                MIME-Version: 1.0\r
                Content-Type: text/html; charset=UTF-8\r
                \r
                <p onclick="steal()">Hello <b>there</b><script>alert('x')</script></p><img src="https://t.example/p.gif">\r
                """.formatted(marker, SUPPORT, marker, id);
        Api.Response first = hook.postRaw("/api/v1/mail/inbound", raw, "message/rfc822");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("repeated").asBoolean()).isFalse();
        Api.Response again = hook.postRaw("/api/v1/mail/inbound", raw, "message/rfc822");
        assertThat(again.json().get("repeated").asBoolean()).isTrue();
        assertThat(again.json().get("ticketId").asString()).isEqualTo(first.json().get("ticketId").asString());
        JsonNode ticket = admin.get("/api/v1/tickets/" + first.json().get("ticketId").asString() + "?minVersion=1")
                .json();
        assertThat(ticket.get("messages").get(0).get("bodyHtml").asString())
                .isEqualTo("<p>Hello <b>there</b></p>");
        assertThat(jdbc.sql("SELECT count(*) FROM mail.inbound WHERE message_key = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReplyAllThatNamesAColleaguesTicketFirstStillReachesTheRequestersTicket() throws Exception {
        String marie = "marie." + marker + "@example.com";
        String colleague = "pierre." + marker + "@example.com";
        String first = "ra1." + marker + "@client.example";
        // Pierre is not copied (a copied address would take part in the ticket: ParticipantsTest).
        mail.send(plain(marie, SUPPORT, "Radium " + marker, first, "X-Mailer: Radium Mail", "Original question"),
                SUPPORT);
        String ticket = awaitReceived(first).get("ticketId").asString();

        String fromColleague = "ra2." + marker + "@client.example";
        mail.send(plain(colleague, SUPPORT, "Re: Radium " + marker, fromColleague, "In-Reply-To: <" + first + ">",
                "Adding my view"), SUPPORT);
        JsonNode colleagues = awaitReceived(fromColleague);
        assertThat(colleagues.get("ticketId").asString()).as("not the requester: a ticket of their own")
                .isNotEqualTo(ticket);
        assertThat(colleagues.get("reason").asString()).doesNotContain(colleague);

        String again = "ra3." + marker + "@client.example";
        mail.send(plain(marie, SUPPORT, "Re: Radium " + marker, again, "In-Reply-To: <" + fromColleague + ">\n"
                + "References: <" + first + "> <" + fromColleague + ">", "Thanks both"), SUPPORT);
        JsonNode answered = awaitReceived(again);
        assertThat(answered.get("state").asString()).isEqualTo("message-added");
        assertThat(answered.get("ticketId").asString()).as("the first named ticket that is hers").isEqualTo(ticket);
    }

    @Test
    void hostileHeadersNeitherBreakTheMailboxNorLeakIntoReplies() throws Exception {
        String nul = "nul." + marker + "@provider.example";
        Api.Response withNul = admin.postRaw("/api/v1/mail/inbound", "From: Nu\u0000ll <nul." + marker
                + "@example.com>\r\nTo: " + SUPPORT + "\r\nSubject: =?UTF-8?B?SGVsbG8AV29ybGQ=?= " + marker
                + "\r\nMessage-ID: <" + nul + ">\r\n\r\nBody with a \u0000 NUL\r\n", "message/rfc822");
        assertThat(withNul.status()).as(withNul.toString()).isEqualTo(200);
        assertThat(withNul.json().get("state").asString()).isEqualTo("ticket-created");
        JsonNode ticket = admin.get("/api/v1/tickets/" + withNul.json().get("ticketId").asString() + "?minVersion=1")
                .json();
        assertThat(ticket.get("subject").asString()).isEqualTo("HelloWorld " + marker);

        String longId = "x".repeat(3_000) + "@long.example";
        Api.Response withLongId = admin.postRaw("/api/v1/mail/inbound", "From: long." + marker + "@example.com\r\n"
                + "To: " + SUPPORT + "\r\nSubject: Long id\r\nMessage-ID: <" + longId + ">\r\n\r\nHi\r\n",
                "message/rfc822");
        assertThat(withLongId.status()).as(withLongId.toString()).isEqualTo(200);
        assertThat(withLongId.json().get("state").asString()).isEqualTo("ticket-created");

        String customer = "inject." + marker + "@example.com";
        String created = admin.post("/api/v1/tickets", json("subject", "Printer\r\nBcc: evil." + marker
                + "@example.com\r\nX-Evil: 1", "description", "Hello", "requester", json("name", "Ina", "email",
                customer))).json().get("id").asString();
        admin.post("/api/v1/tickets/" + created + "/messages", json("kind", "public-reply", "body", "Answer"));
        await().atMost(WAIT).ignoreExceptions().until(() -> !mail.inbox(customer).isEmpty());
        String raw = mail.inbox(customer).getFirst();
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertThat(headers.lines()).noneMatch(line -> line.startsWith("Bcc:") || line.startsWith("X-Evil:"));
        assertThat(jdbc.sql("SELECT count(*) FROM mail.outbox WHERE 'evil." + marker + "@example.com' = ANY "
                + "(recipients)").query(Long.class).single()).isZero();
    }

    private static String plain(String from, String to, String subject, String messageId, String extraHeader,
                                String body) {
        return "From: " + from + "\nTo: " + to + "\nSubject: " + subject + "\nMessage-ID: <" + messageId + ">\n"
                + (extraHeader.isBlank() ? "" : extraHeader + "\n")
                + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + body + "\n";
    }

    /** The record of the mail with this Message-ID, once it was taken in. */
    private JsonNode awaitReceived(String messageId) {
        UUID id = Inbound.of(jdbc, messageId).id();
        for (JsonNode mail : admin.get("/api/v1/admin/mail/inbound?limit=200").json().get("items")) {
            if (mail.get("id").asString().equals(id.toString())) {
                return mail;
            }
        }
        throw new AssertionError("mail " + messageId + " is not in the log");
    }

    private JsonNode quarantined(String marker) {
        for (JsonNode mail : admin.get("/api/v1/admin/mail/inbound?state=quarantined&limit=200").json().get("items")) {
            if (mail.get("subject").asString("").contains(marker)) {
                return mail;
            }
        }
        return null;
    }
}
