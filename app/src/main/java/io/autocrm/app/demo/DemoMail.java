package io.autocrm.app.demo;

import io.autocrm.access.Caller;
import io.autocrm.access.Role;
import io.autocrm.channels.mail.MailProperties;
import io.autocrm.channels.mail.MailServers;
import io.autocrm.command.access.CommandMetadata;
import io.autocrm.command.ticket.AddPublicReplyCommand;
import io.autocrm.command.ticket.CreateTicketCommand;
import io.autocrm.command.ticket.StartSideConversationCommand;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's mail, sent for real through the embedded mail server and read from the support mailbox like any mail:
 * an HTML mail from a new customer (with a script and a tracking image, which sanitising removes) that opens a
 * ticket, Grace's reply mailed back to her, and her answer from her mail client, threaded onto the same ticket without
 * its quoted history; an out-of-office reply that is ignored; a mail without a sender that is quarantined; and a side
 * conversation Grace starts with the billing provider, whose answer comes back by mail into it. Runs in
 * the background after the seed, so start-up does not wait for the mailbox.
 */
final class DemoMail {

    static final String CUSTOMER = "marie@radium.example";
    static final String FIRST = "demo-vat-1@radium.example";
    static final String ANSWER = "demo-vat-2@radium.example";
    static final String BILLING = "billing@ledger.example";
    private static final Logger log = LoggerFactory.getLogger(DemoMail.class);
    private static final Duration WAIT = Duration.ofSeconds(90);
    private final MailServers servers;
    private final MailProperties properties;
    private final JdbcClient jdbc;
    private final CommandDispatcher commands;
    private final DemoFiles files;
    private final UUID agent;

    DemoMail(MailServers servers, MailProperties properties, JdbcClient jdbc, CommandDispatcher commands,
             DemoFiles files, UUID agent) {
        this.files = files;
        this.servers = servers;
        this.properties = properties;
        this.jdbc = jdbc;
        this.commands = commands;
        this.agent = agent;
    }

    /** Tells the mail story in the background, when the embedded server and its mailbox run. */
    void tellInBackground() {
        if (!servers.embedded() || servers.imap().isEmpty()) {
            return;
        }
        Thread.ofVirtual().name("demo-mail").start(() -> {
            try {
                tell();
            } catch (Exception e) {
                log.warn("The demo's mail story stopped: {}", e.toString());
            }
        });
    }

    private void tell() throws MessagingException, InterruptedException {
        String support = properties.address();
        send("""
                From: Marie Curie <%s>
                To: AutoCRM Support <%s>
                Subject: Invoice shows the wrong VAT number
                Message-ID: <%s>
                Thread-Index: AdnDemoVATthreadAAAAAAAAAAAAAA==
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="mixed"

                --mixed
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=UTF-8

                Hello, invoice 2026-118 shows our old VAT number FR 12 345. Could you correct it to FR 98 765? Merci, Marie
                --alt
                Content-Type: text/html; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                <p>Hello,</p><p>invoice <b>2026-118</b> shows our old VAT number <i>FR 12 345</i>. Could you correct =
                it to <b>FR 98 765</b>?</p><p>Merci, Marie</p><script>alert('x')</script><img src=3D"https://tracker.=
                example/pixel.gif" width=3D"1">
                --alt--
                --mixed
                Content-Type: image/png; name="invoice-2026-118-screenshot.png"
                Content-Disposition: attachment; filename="invoice-2026-118-screenshot.png"
                Content-Transfer-Encoding: base64

                %s
                --mixed--
                """.formatted(CUSTOMER, support, FIRST,
                Base64.getMimeEncoder().encodeToString(DemoFiles.errorScreenshot(118))), support);
        send("""
                From: Wile E. Coyote <wile@acme.example>
                To: %s
                Subject: Out of office: Re: Rocket skates
                Message-ID: <demo-ooo@acme.example>
                Auto-Submitted: auto-replied

                I am out in the desert until Monday.
                """.formatted(support), support);
        send("""
                To: %s
                Subject: (broken mail from a misconfigured scanner)
                Message-ID: <demo-broken@scanner.example>

                This mail names no sender, so it cannot become anybody's ticket.
                """.formatted(support), support);

        Optional<UUID> ticket = awaitTicket(FIRST);
        if (ticket.isEmpty()) {
            return;
        }
        MessageId reply = MessageId.random();
        Caller grace = Caller.staff(agent, Role.AGENT);
        commands.send(new AddPublicReplyCommand(new TicketId(ticket.get()), null, reply, new AgentId(agent),
                "<p>Hello Marie, thank you. I have corrected the VAT number on invoice <b>2026-118</b>; the corrected"
                        + " invoice is attached. Grace</p>", "html", List.of(files.upload(grace,
                        "invoice-2026-118-corrected.txt", DemoFiles.text("""
                                INVOICE 2026-118 (corrected)
                                Radium Institute, VAT FR 98 765
                                Support plan, December 2026 ........ EUR 240.00
                                """)))),
                CommandMetadata.of(grace, "web", null));
        Optional<String> sent = awaitSent(reply.value());
        if (sent.isEmpty()) {
            return;
        }
        send("""
                From: Marie Curie <%s>
                To: %s
                Subject: Re: Invoice shows the wrong VAT number
                Message-ID: <%s>
                In-Reply-To: <%s>
                References: <%s> <%s>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Received it, merci beaucoup!

                Marie
                --\s
                Marie Curie, Radium Institute

                On %s, AutoCRM Support <%s> wrote:
                > Hello Marie, thank you. I have corrected the VAT number
                """.formatted(CUSTOMER, support, ANSWER, sent.get(), FIRST, sent.get(), Instant.now(), support), support);
        askTheBillingProvider(grace, ticket.get());
        log.info("Demo mail sent through the embedded server: a ticket by mail with a reply and an answer, an "
                + "ignored auto-reply, a quarantined broken mail, a side conversation with the billing provider");
    }

    /**
     * Grace asks the billing provider, in a side conversation on Marie's ticket, to fix the VAT number at its source;
     * the provider's answer comes back by mail into the side thread, which only agents see.
     */
    private void askTheBillingProvider(Caller grace, UUID ticket) throws MessagingException, InterruptedException {
        MessageId question = MessageId.random();
        commands.send(new StartSideConversationCommand(new TicketId(ticket), null, SideConversationId.random(),
                question, new AgentId(agent), "VAT number on Radium Institute's invoices",
                "Hello, the invoices you print for Radium Institute still show their old VAT number FR 12 345. Could"
                        + " you change it to FR 98 765 in your records, so that next month's invoice is right? Grace",
                "text", List.of(CreateTicketCommand.Requester.registering(CustomerId.random(), "Ledger Billing Desk",
                        BILLING)), List.of()),
                CommandMetadata.of(grace, "web", null));
        Optional<String> asked = awaitSent(question.value());
        if (asked.isEmpty()) {
            return;
        }
        send("""
                From: Ledger Billing Desk <%s>
                To: %s
                Subject: Re: VAT number on Radium Institute's invoices
                Message-ID: <demo-billing-1@ledger.example>
                In-Reply-To: <%s>
                References: <%s>

                Done: Radium Institute now carries VAT FR 98 765 from invoice 2026-119 on.

                Ledger Billing Desk

                > Hello, the invoices you print for Radium Institute still show their old VAT number
                """.formatted(BILLING, properties.address(), asked.get(), asked.get()), properties.address());
    }

    private Optional<UUID> awaitTicket(String messageId) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<UUID> ticket = jdbc.sql("SELECT ticket_id FROM mail.inbound WHERE message_key = ?")
                    .param(messageId).query(UUID.class).optional();
            if (ticket.isPresent()) {
                return ticket;
            }
            Thread.sleep(500);
        }
        log.warn("The demo's first mail was not taken in within {}", WAIT);
        return Optional.empty();
    }

    private Optional<String> awaitSent(UUID messageId) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> sent = jdbc.sql("SELECT header_message_id FROM mail.outbox WHERE message_id = ? "
                    + "AND state = 'sent'").param(messageId).query(String.class).optional();
            if (sent.isPresent()) {
                return sent;
            }
            Thread.sleep(500);
        }
        log.warn("The demo's reply was not sent within {}", WAIT);
        return Optional.empty();
    }

    private void send(String raw, String recipient) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(servers.embeddedSmtpPort()));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(
                raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(recipient)});
        }
    }
}
