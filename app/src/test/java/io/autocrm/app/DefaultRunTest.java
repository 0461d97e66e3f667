package io.autocrm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The README's run command on a fresh machine: no database configured, so AutoCRM starts an embedded PostgreSQL in
 * its data folder, seeds the demo once, is healthy, and finds the same data after a restart.
 */
class DefaultRunTest {

    @TempDir
    Path dataDir;

    @Test
    void startsWithAnEmbeddedDatabaseAndDemoDataThatSurviveARestart() {
        long tickets;
        try (ConfigurableApplicationContext app = start()) {
            Api api = new Api(port(app));
            assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
            JdbcClient mail = app.getBean(JdbcClient.class);
            String mailStory = """
                    SELECT string_agg(key || '=' || state, ', ' ORDER BY key)
                      FROM (SELECT CASE WHEN message_key LIKE 'sha256:%' THEN 'broken' ELSE message_key END AS key,
                                   state FROM mail.inbound) mails""";
            assertThat(await().atMost(Duration.ofSeconds(90)).until(() -> mail.sql(mailStory).query(String.class)
                    .optional().orElse(""), story -> story != null && story.contains("demo-billing-1")))
                    .as("the demo's mail (DemoMail) through the embedded server: a ticket, its answer threaded, an"
                            + " auto-reply ignored, a broken mail quarantined, the billing provider's answer in a side"
                            + " conversation")
                    .isEqualTo("broken=quarantined, demo-billing-1@ledger.example=side-message-added, "
                            + "demo-ooo@acme.example=ignored, demo-vat-1@radium.example=ticket-created, "
                            + "demo-vat-2@radium.example=message-added");
            String liveReplies = """
                    SELECT count(*) FROM events.domain_event_entry
                     WHERE payload_type LIKE '%.PublicReplyAddedEvent'
                       AND coalesce(convert_from(meta_data, 'UTF8')::jsonb ->> 'silent', '') <> 'true'""";
            long mailed = await().atMost(Duration.ofSeconds(30)).until(() -> mail.sql("SELECT count(*) FROM mail.outbox"
                    + " WHERE kind = 'public-reply' AND state = 'sent'").query(Long.class).single(), n -> n > 0
                    && n == mail.sql(liveReplies).query(Long.class).single());
            assertThat(mailed).as("the story's replies are history and not mailed; the replies made now (Grace's by"
                    + " mail, the automations' reminders) are").isLessThan(mail.sql("SELECT count(*) FROM "
                    + "events.domain_event_entry WHERE payload_type LIKE '%.PublicReplyAddedEvent'").query(Long.class)
                    .single());
            tickets = awaitDemoTickets(api);
            assertThat(tickets).as("the demo's tickets (DemoDataSeeder), one of them by mail").isEqualTo(43);
            assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> mail.sql("""
                            SELECT string_agg(DISTINCT content_type || ':' || (message_id IS NOT NULL), ', ')
                              FROM files.attachment""").query(String.class).optional().orElse(""),
                    files -> files != null && files.contains("text/plain")))
                    .as("the demo's files (DemoFiles): screenshots by customers and by mail, a log on a note, the"
                            + " corrected invoice on Grace's mailed reply; all on messages")
                    .isEqualTo("image/png:true, text/plain:true, text/x-log:true");
            assertThat(api.get("/api/v1/views").json().get("items")).as("the demo's shared views").hasSize(2);
            JsonNode calendars = api.get("/api/v1/calendars").json().get("items");
            assertThat(calendars).as("the demo's calendars (DemoCalendars), the default first").hasSize(2);
            assertThat(calendars.get(0).get("name").asString()).isEqualTo("Office hours");
            assertThat(calendars.get(0).get("isDefault").asBoolean()).isTrue();
            assertThat(calendars.get(0).get("holidays")).as("bank holidays of 2026 and 2027").hasSize(16);
            assertThat(calendars.get(0).get("agents").asInt() + calendars.get(1).get("agents").asInt()).isEqualTo(3);
            assertThat(calendars.get(0).get("teams").asInt() + calendars.get(1).get("teams").asInt()).isEqualTo(3);
            assertThat(api.get("/").status()).isEqualTo(200);
            assertThat(api.get("/v3/api-docs").json().get("paths").has("/api/v1/tickets")).isTrue();
            for (String[] login : DEMO_LOGINS) {
                String location = new Browser(port(app)).signIn(login[0], login[1]).headers().firstValue("Location")
                        .orElse("");
                assertThat(location).as("demo login " + login[0]).doesNotContain("error").endsWith("/");
            }
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("""
                    SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'actorRole' AS role, count(*)
                    FROM events.domain_event_entry GROUP BY 1""").query((rs, n) -> rs.getString("role")).list())
                    .as("every demo event names its actor's role; the admin's as admin (events without one: %s)",
                            jdbc.sql("""
                                    SELECT DISTINCT payload_type FROM events.domain_event_entry
                                     WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'actorRole' IS NULL""")
                                    .query(String.class).list())
                    .containsExactlyInAnyOrder("system", "customer", "agent", "admin");
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM events.domain_event_entry
                     WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'causeType' = 'routing-rule'""")
                    .query(Long.class).single()).as("the demo's tickets routed by its rules (DemoRouting)").isPositive();
            assertThat(api.get("/api/v1/routing-rules").json().get("items")).as("the demo's routing rules").hasSize(5);
            String causes = """
                    SELECT DISTINCT convert_from(meta_data, 'UTF8')::jsonb ->> 'causeName'
                    FROM events.domain_event_entry
                    WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'causeType' IN ('trigger', 'automation')""";
            assertThat(org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(
                    () -> jdbc.sql(causes).query(String.class).list(), names -> names.size() >= 3))
                    .as("the demo's triggers and automations acted on its tickets")
                    .contains("VIP: urgent and flagged", "Solved for 4 days: close",
                            "Pending for 3 days: remind the customer");
            // The SLA process measures the demo after its story, at the real time: a ticket the customer reopened
            // has its resolution clock running again (a second cycle), as every measured open ticket with a
            // customer's message waiting has a target due.
            String reopened = """
                    SELECT count(*) FROM read_model.ticket_sla_target s JOIN read_model.ticket t USING (ticket_id)
                     WHERE s.cycle = 2 AND s.metric = 'agent-work-time' AND s.state = 'running'
                       AND t.status_category = 'open'""";
            assertThat(await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(reopened).query(Long.class)
                    .single(), count -> count > 0)).as("the demo's reopened urgent tickets (DemoStoryTeller)")
                    .isPositive();
            assertThat(jdbc.sql("""
                    SELECT DISTINCT actor FROM audit.config_change
                     WHERE entity_kind LIKE 'directory.%' OR entity_kind LIKE 'workspace.%'""")
                    .query(String.class).list())
                    .as("the demo's configuration is recorded as made by system:demo (docs/adr/012)")
                    .containsExactly("system:demo");
        }
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext app = start()) {
            Api api = new Api(port(app));
            assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
            assertThat(awaitDemoTickets(api)).as("kept, and not seeded twice").isEqualTo(tickets);
            assertThat(api.get("/api/v1/views").json().get("items")).as("views not seeded twice").hasSize(2);
        }
    }

    /** The README's demo logins. */
    private static final String[][] DEMO_LOGINS = {
            {"ada@autocrm.example", "autocrm-demo-admin"}, {"grace@autocrm.example", "autocrm-demo-agent"},
            {"alan@autocrm.example", "autocrm-demo-agent"}, {"wile@acme.example", "autocrm-demo-customer"},
            {"beep@acme.example", "autocrm-demo-customer"}, {"hank@globex.example", "autocrm-demo-customer"}};

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(AutoCrmApplication.class,
                "--server.port=0", "--autocrm.data-dir=" + dataDir, "--autocrm.demo.enabled=true",
                "--autocrm.security.bootstrap-api-key=" + Api.BOOTSTRAP_KEY);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Waits until every projection has caught up with the store, then counts the queue. */
    private static long awaitDemoTickets(Api api) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Response progress = api.get("/api/v1/admin/read-models");
            if (progress.status() != 200 || progress.json().isEmpty()) {
                return false;
            }
            boolean upToDate = true;
            for (var processor : progress.json()) {
                upToDate &= processor.get("caughtUp").asBoolean()
                        && processor.get("position").asLong(-1) >= processor.get("head").asLong();
            }
            return upToDate;
        });
        return api.get("/api/v1/tickets?limit=100").json().get("items").size();
    }
}
