package io.autocrm.app.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drills of the e-mail channel against a mail provider the drill controls (real SMTP and IMAP): the application is
 * killed (SIGKILL) between fetching a mail and committing its ticket, and every mail counts exactly once after the
 * restart; the
 * provider's SMTP server is down while agents reply, and every reply arrives, once, when it is back.
 */
class MailDrillTest {

    private static final Logger log = LoggerFactory.getLogger(MailDrillTest.class);
    private static final int MAILS = 40;

    /**
     * The first mail is held inside its transaction: the drill holds an uncommitted record with the same Message-ID,
     * so the application's insert of it waits on the unique key, after the mail was fetched and before anything
     * commits. The application is killed right there; after the restart that mail and all the others count once.
     */
    @Test
    void everyMailCountsOnceWhenTheAppIsKilledBetweenFetchAndCommit() throws Exception {
        DrillDatabase db = new DrillDatabase(TestPostgres.freshDatabase());
        try (MailProvider provider = new MailProvider().start();
                Connection wedge = DriverManager.getConnection(db.url(), "postgres", "")) {
            List<String> ids = new ArrayList<>();
            AppProcess first = AppProcess.start("mail-kill-before", db.url(), provider.appArgs());
            try {
                wedge.setAutoCommit(false);
                try (PreparedStatement hold = wedge.prepareStatement("""
                        INSERT INTO mail.inbound (id, message_key, source, state, reason, size_bytes, raw)
                        VALUES (gen_random_uuid(), 'drill-0@customer.example', 'imap', 'ignored', 'drill', 0, '')""")) {
                    hold.executeUpdate();
                }
                for (int i = 0; i < MAILS; i++) {
                    String id = "drill-" + i + "@customer.example";
                    ids.add("<" + id + ">");
                    provider.send("From: Customer " + i + " <c" + i + "@customer.example>\nTo: " + MailProvider.SUPPORT
                            + "\nSubject: Drill mail " + i + "\nMessage-ID: <" + id + ">\n\nMail number " + i
                            + "\n", MailProvider.SUPPORT);
                }
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> db.scalar("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO mail.inbound%'""") == 1);
                assertThat(first.kill()).as("SIGKILL").isEqualTo(128 + 9);
            } finally {
                wedge.rollback();
                first.close();
            }
            assertThat(db.scalar("SELECT count(*) FROM mail.inbound")).as("nothing committed for the held mail")
                    .isZero();
            assertThat(db.ticketIds()).isEmpty();
            assertThat(provider.messageIds(MailProvider.SUPPORT, MailProvider.PASSWORD, "INBOX"))
                    .as("the mail fetched when the app died is still in the inbox").contains(ids.getFirst());

            try (AppProcess second = AppProcess.start("mail-kill-after", db.url(), provider.appArgs())) {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                        provider.messageIds(MailProvider.SUPPORT, MailProvider.PASSWORD, "INBOX").isEmpty());
                assertThat(db.scalar("SELECT count(*) FROM mail.inbound")).as("one record per mail").isEqualTo(MAILS);
                assertThat(db.ticketIds()).as("one ticket per mail, none twice").hasSize(MAILS);
                for (String ticket : db.ticketIds()) {
                    assertThat(db.eventTypes(ticket).stream().filter(t -> t.endsWith(".TicketCreatedEvent")))
                            .hasSize(1);
                }
                List<String> processed = provider.messageIds(MailProvider.SUPPORT, MailProvider.PASSWORD, "Processed");
                assertThat(processed).as("every mail left the inbox for Processed, once")
                        .containsExactlyInAnyOrderElementsOf(ids);
            }
            log.info("Mail kill drill: killed while the first of {} mails waited inside its transaction; after the "
                    + "restart {} records, {} tickets", MAILS, db.scalar("SELECT count(*) FROM mail.inbound"),
                    db.ticketIds().size());
        }
    }

    @Test
    void repliesWaitOutAnSmtpOutageAndArriveOnce() throws Exception {
        DrillDatabase db = new DrillDatabase(TestPostgres.freshDatabase());
        try (MailProvider provider = new MailProvider().start();
                AppProcess app = AppProcess.start("mail-outage", db.url(), provider.appArgs())) {
            DrillApi api = app.api();
            String customer = "patient@customer.example";
            String ticket = api.created("/api/v1/tickets", Map.of("subject", "Outage drill", "description",
                    "Waiting for an answer", "requester", Map.of("name", "Pat Ient", "email", customer)));
            provider.stop();
            api.post("/api/v1/tickets/" + ticket + "/messages", Map.of("kind", "public-reply", "body",
                    "Answered while the mail server was down"));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> db.scalar(
                    "SELECT attempts FROM mail.outbox WHERE ticket_id = ?::uuid", ticket) >= 2);
            assertThat(db.strings("SELECT state || ': ' || coalesce(last_error, '') FROM mail.outbox "
                    + "WHERE ticket_id = ?::uuid", ticket).getFirst()).as("waiting, with the reason")
                    .startsWith("queued: ").containsIgnoringCase("connect");
            provider.start();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                    !provider.messageIds(customer, customer, "INBOX").isEmpty());
            Thread.sleep(3_000);
            assertThat(provider.messageIds(customer, customer, "INBOX")).as("the reply arrived once").hasSize(1);
            assertThat(db.strings("SELECT state FROM mail.outbox WHERE ticket_id = ?::uuid", ticket))
                    .containsExactly("sent");
            log.info("Mail outage drill: delivered after {} attempts",
                    db.scalar("SELECT attempts FROM mail.outbox WHERE ticket_id = ?::uuid", ticket));
        }
    }
}
