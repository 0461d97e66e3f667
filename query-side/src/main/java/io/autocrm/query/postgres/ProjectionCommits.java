package io.autocrm.query.postgres;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How a projection's batch commits. Asynchronously ({@code synchronous_commit = off}, for that transaction only): a
 * batch's rows and its processor's token commit together, so a crash can only lose whole batches of the last moments
 * before it, and the processor projects them again from its durable token. This spares each batch a WAL flush, which
 * a replay of millions of events otherwise waits for thousands of times.
 */
public final class ProjectionCommits {

    private ProjectionCommits() {
    }

    /** Makes the current transaction commit asynchronously; nothing outside a transaction. */
    public static void asynchronous(JdbcClient jdbc) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.sql("SET LOCAL synchronous_commit = off").update();
        }
    }
}
