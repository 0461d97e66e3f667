package io.autocrm.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.AppTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pins the wiring that the guarantees rest on. Axon 4.13's auto-configuration silently falls back (no-op transactions,
 * missing storage engine) when it runs before Boot 4's own; this fails loudly if that ever happens again.
 */
@AppTest
class AxonWiringTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    DeadlineManager deadlineManager;
    @Autowired
    Scheduler scheduler;

    @Test
    void runsUnitsOfWorkInSpringTransactionsOnTheJdbcStores() {
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
    }

    /** What must happen in the transaction of the command whose event it handles, or not at all. */
    static final java.util.Set<String> IN_THE_COMMANDS_TRANSACTION = java.util.Set.of("identity-erasure",
            "mail-erasure", "mail-replies");

    @Test
    void projectsThroughPooledStreamingProcessors() {
        assertThat(processing.eventProcessors()).containsKeys("tickets", "ticket-audit");
        assertThat(processing.eventProcessors()).allSatisfy((name, processor) -> assertThat(processor)
                .as(name).isInstanceOf(IN_THE_COMMANDS_TRANSACTION.contains(name) ? SubscribingEventProcessor.class
                        : PooledStreamingEventProcessor.class));
    }

    @Test
    void keepsDeadlinesInPostgresThroughDbScheduler() {
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
    }

    /** Cancelling a scope's deadlines finds them by the index and cancels those only. */
    @Test
    void cancelsExactlyTheDeadlinesOfAScope() {
        String name = "wiring-" + UUID.randomUUID();
        AggregateScopeDescriptor first = new AggregateScopeDescriptor("Wiring", UUID.randomUUID().toString());
        AggregateScopeDescriptor second = new AggregateScopeDescriptor("Wiring", UUID.randomUUID().toString());
        Instant far = Instant.parse("2100-01-01T00:00:00Z");
        String[] ids = transactionManager.fetchInTransaction(() -> new String[] {
                deadlineManager.schedule(far, name, "one", first), deadlineManager.schedule(far, name, "two", first),
                deadlineManager.schedule(far, name, "three", second)});
        assertThat(scheduled(ids)).containsExactlyInAnyOrder(ids);
        assertThat(jdbc.sql("SELECT count(*) FROM scheduling.deadline_scope WHERE deadline_name = ?").param(name)
                .query(Long.class).single()).as("indexed by scope").isEqualTo(3);

        transactionManager.executeInTransaction(() -> deadlineManager.cancelAllWithinScope(name, first));

        assertThat(scheduled(ids)).containsExactly(ids[2]);
        assertThat(indexed(name)).isEqualTo(1);

        // A node picked the third to execute it: its handler is the one cancelling, and the cancel skips it.
        jdbc.sql("UPDATE scheduling.scheduled_tasks SET picked = true WHERE task_instance = ?").param(ids[2]).update();
        transactionManager.executeInTransaction(() -> deadlineManager.cancelAllWithinScope(name, second));
        assertThat(scheduled(ids)).containsExactly(ids[2]);

        // db-scheduler removes the task once executed; its index row goes with it.
        jdbc.sql("DELETE FROM scheduling.scheduled_tasks WHERE task_instance = ?").param(ids[2]).update();
        assertThat(indexed(name)).isZero();
    }

    private long indexed(String name) {
        return jdbc.sql("SELECT count(*) FROM scheduling.deadline_scope WHERE deadline_name = ?").param(name)
                .query(Long.class).single();
    }

    private List<String> scheduled(String[] ids) {
        return jdbc.sql("SELECT task_instance FROM scheduling.scheduled_tasks WHERE task_instance IN (:ids)")
                .param("ids", List.of(ids)).query(String.class).list();
    }
}
