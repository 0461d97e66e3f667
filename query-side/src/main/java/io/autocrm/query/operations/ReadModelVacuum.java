package io.autocrm.query.operations;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finishes a rebuild once it has caught up, on a thread of its own: creates the secondary indexes the replay went
 * without ({@link DeferredIndexes}), then vacuums and analyzes the read-model tables: a replay writes
 * every table from empty, so the planner has no statistics (a queue page then took 122 ms instead of 0.07 ms at 20,000
 * tickets) and rows changed by several batches leave dead versions. Never fails or blocks the rebuild: a newer rebuild
 * supersedes the wait, and a failure is logged (the indexes stay pending for the next start; autovacuum gets there
 * later).
 */
@Component
class ReadModelVacuum {

    private static final Logger log = LoggerFactory.getLogger(ReadModelVacuum.class);
    private static final String TABLES = "read_model.ticket, read_model.ticket_message, read_model.ticket_audit,"
            + " read_model.ticket_link, read_model.ticket_message_link";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP = Duration.ofHours(12);

    private final JdbcClient jdbc;
    private final DeferredIndexes indexes;
    private final AtomicLong generation = new AtomicLong();

    ReadModelVacuum(JdbcClient jdbc, DeferredIndexes indexes) {
        this.jdbc = jdbc;
        this.indexes = indexes;
    }

    /** Creates the deferred indexes and vacuums once {@code caughtUp} holds, unless another call comes first. */
    void onceCaughtUp(BooleanSupplier caughtUp) {
        long mine = generation.incrementAndGet();
        Thread.ofVirtual().name("read-model-vacuum").start(() -> {
            try {
                if (await(caughtUp, mine)) {
                    indexes.restore();
                    long started = System.nanoTime();
                    vacuum();
                    log.info("Read models caught up; {} vacuumed and analyzed in {} ms", TABLES,
                            Duration.ofNanos(System.nanoTime() - started).toMillis());
                }
            } catch (RuntimeException e) {
                log.warn("Could not finish the read models after the rebuild ({}); deferred indexes stay pending for "
                        + "the next start, autovacuum will vacuum", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Runs outside any transaction (VACUUM refuses one); also used by tests. */
    void vacuum() {
        jdbc.sql("VACUUM (ANALYZE) " + TABLES).update();
    }

    private boolean await(BooleanSupplier caughtUp, long mine) throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (generation.get() == mine && System.nanoTime() < deadline) {
            if (caughtUp.getAsBoolean()) {
                return generation.get() == mine;
            }
            Thread.sleep(POLL);
        }
        return false;
    }
}
