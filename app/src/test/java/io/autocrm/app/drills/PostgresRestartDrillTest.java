package io.autocrm.app.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Drill: the database server is stopped in the middle of a load and started again a few seconds later. The application
 * recovers by itself; requests during the outage fail cleanly (503 service-unavailable problem details, never a 500 or
 * a stack trace) and nothing acknowledged is lost.
 */
class PostgresRestartDrillTest {

    private static final Logger log = LoggerFactory.getLogger(PostgresRestartDrillTest.class);
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    /** Requests wait at most this long for a connection: shorter than the outage, so some of them do fail. */
    private static final String POOL_TIMEOUT = "--spring.datasource.hikari.connection-timeout=1500";

    @Test
    void recoversByItselfAndLosesNothingAcknowledged() throws Exception {
        try (RestartablePostgres postgres = RestartablePostgres.start();
                AppProcess app = AppProcess.start("pg-restart-drill", postgres.jdbcUrl(), POOL_TIMEOUT);
                LiveQueue screen = LiveQueue.open(app.api())) {
            DrillDatabase db = new DrillDatabase(postgres.jdbcUrl());
            WriteLoad load = WriteLoad.start(app.api(), 3, true);
            long outageStart;
            long outageEnd;
            try {
                load.awaitMoreAcknowledged(60, Duration.ofSeconds(60));
                outageStart = System.nanoTime();
                postgres.stop();
                Thread.sleep(OUTAGE);
                postgres.startServer();
                outageEnd = System.nanoTime();
                load.awaitMoreAcknowledged(60, Duration.ofSeconds(60));
            } finally {
                load.close();
            }
            List<WriteLoad.Outcome> outcomes = load.outcomes();
            assertFailedCleanly(outcomes);
            assertThat(app.isAlive()).as("the application process survived the outage").isTrue();

            Duration catchUp = ReadModelCheck.awaitCaughtUp(app.api(), db, Duration.ofSeconds(120));
            AcknowledgedWrites.assertInEventStore(load.ledger(), db);
            AcknowledgedWrites.assertInReadModels(load.ledger(), app.api());
            int shown = assertScreenUpToDate(screen, app.api());
            int rows = ReadModelCheck.assertEqualToRebuild(app.api(), db);
            log.info("PostgreSQL restart drill: outage {} ms; {}; failed answers by status {} ({} of them during the "
                    + "outage); first acknowledged write {} ms after PostgreSQL was back; read models caught up {} ms "
                    + "after the load; a live queue opened before the outage shows the {} latest tickets at their current versions ({} "
                    + "snapshots); {} read-model rows equal to a full rebuild", millis(outageEnd - outageStart),
                    load.ledger(), load.failuresByStatus(), failuresBetween(outcomes, outageStart, outageEnd),
                    millis(firstWriteAfter(outcomes, outageEnd) - outageEnd), catchUp.toMillis(), shown,
                    screen.snapshots(), rows);
        }
    }

    /**
     * A live queue subscribed before the outage still tells the truth after it: the node lost its feed of changes with
     * the database, so the stream sent a fresh snapshot, and the screen shows every ticket of the queue's first page
     * at its current version.
     */
    private static int assertScreenUpToDate(LiveQueue screen, DrillApi api) {
        JsonNode firstPage = api.get("/api/v1/tickets").json().get("items");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(screen.snapshots()).as("snapshots sent").isGreaterThanOrEqualTo(2);
            SoftAssertions softly = new SoftAssertions();
            firstPage.forEach(ticket -> softly.assertThat(screen.version(ticket.get("id").asString()))
                    .as("version shown of %s", ticket.get("id").asString()).isEqualTo(ticket.get("version").asLong()));
            softly.assertAll();
        });
        return firstPage.size();
    }

    /** Every request that failed got a 503 service-unavailable problem detail with nothing of the server's insides. */
    private static void assertFailedCleanly(List<WriteLoad.Outcome> outcomes) {
        List<WriteLoad.Outcome> failures = outcomes.stream().filter(o -> !o.ok()).toList();
        assertThat(failures).as("the outage was felt by some requests").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (WriteLoad.Outcome failure : failures) {
            softly.assertThat(failure.status()).as("%s answered %s", failure.request(), failure.reply())
                    .isEqualTo(503);
            if (failure.reply() != null) {
                softly.assertThat(failure.reply().contentType()).as(failure.request())
                        .startsWith("application/problem+json");
                softly.assertThat(failure.reply().code()).as(failure.request()).isEqualTo("service-unavailable");
                softly.assertThat(failure.reply().body()).as(failure.request())
                        .doesNotContain("Exception", "at org.", "at io.", "at java.", "SQL");
            }
        }
        softly.assertAll();
    }

    private static long failuresBetween(List<WriteLoad.Outcome> outcomes, long from, long to) {
        return outcomes.stream().filter(o -> !o.ok() && o.endedNanos() >= from && o.endedNanos() <= to).count();
    }

    private static long firstWriteAfter(List<WriteLoad.Outcome> outcomes, long instant) {
        return outcomes.stream().filter(o -> o.ok() && !o.request().equals("read") && o.endedNanos() > instant)
                .mapToLong(WriteLoad.Outcome::endedNanos).min().orElseThrow();
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
