package io.autocrm.app.drills;

import static io.autocrm.app.drills.DrillApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.autocrm.testsupport.TestPostgres;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drill: two application processes on one database; a ticket gets an SLA target of one minute; the node that
 * measured it is killed (SIGKILL) and a new one started while the deadline is pending. The warning and the breach
 * still fire, on time, and exactly once: one {@code SlaWarningIssuedEvent} and one {@code SlaBreachedEvent}, the
 * breach at the due time the clock started with.
 */
class SlaBreachDrillTest {

    private static final Logger log = LoggerFactory.getLogger(SlaBreachDrillTest.class);

    @Test
    void breachFiresOnceAfterARestartWithTwoNodes() throws Exception {
        DrillDatabase db = new DrillDatabase(TestPostgres.freshDatabase());
        String ticket;
        try (AppProcess second = AppProcess.start("sla-drill-b", db.url())) {
            AppProcess first = AppProcess.start("sla-drill-a", db.url());
            try {
                DrillApi api = first.api();
                api.created("/api/v1/sla-policies", json("name", "Drill one minute", "warningPercent", 50,
                        "targets", List.of(json("priority", "normal", "metric", "first-reply-time", "minutes", 1,
                                "businessHours", false))));
                String customer = api.created("/api/v1/customers", json("name", "SLA Drill Customer", "email",
                        UUID.randomUUID() + "@example.com"));
                ticket = api.created("/api/v1/tickets", json("subject", "Breach me", "description", "Within a minute",
                        "requesterId", customer));
                String id = ticket;
                await("the clock started and its deadline is stored").atMost(Duration.ofSeconds(30))
                        .until(() -> db.count(id, "SlaClockChangedEvent") == 1
                                && db.scalar("SELECT count(*) FROM scheduling.scheduled_tasks") > 0);
                assertThat(first.kill()).isEqualTo(128 + 9);
            } finally {
                first.close();
            }
            try (AppProcess restarted = AppProcess.start("sla-drill-a-restarted", db.url())) {
                String id = ticket;
                await("the breach, after the restart").atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> db.count(id, "SlaBreachedEvent") >= 1);
                Thread.sleep(5_000);
                assertThat(db.count(id, "SlaWarningIssuedEvent")).as("warnings").isEqualTo(1);
                assertThat(db.count(id, "SlaBreachedEvent")).as("breaches").isEqualTo(1);
                assertThat(db.strings("""
                        SELECT convert_from(payload, 'UTF8')::jsonb->>'at' FROM events.domain_event_entry
                         WHERE aggregate_identifier = ? AND payload_type LIKE '%.SlaBreachedEvent'""", id))
                        .as("breached at the due time the clock started with")
                        .containsExactlyElementsOf(db.strings("""
                        SELECT convert_from(payload, 'UTF8')::jsonb->>'dueAt' FROM events.domain_event_entry
                         WHERE aggregate_identifier = ? AND payload_type LIKE '%.SlaClockChangedEvent'""", id));
                log.info("SLA drill: one warning and one breach across {} and {} after a SIGKILL of the first node",
                        second.logFile().getFileName(), restarted.logFile().getFileName());
            }
        }
    }
}
