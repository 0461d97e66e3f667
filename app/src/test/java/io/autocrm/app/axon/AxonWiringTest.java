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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pins the wiring that the guarantees rest on. Axon 4.13's auto-configuration silently falls back (no-op transactions,
 * missing storage engine) when it runs before Boot 4's own; this fails loudly if that ever happens again.
 */
@AppTest
class AxonWiringTest {

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

    @Test
    void projectsThroughPooledStreamingProcessors() {
        assertThat(processing.eventProcessors()).containsKeys("tickets", "ticket-audit");
        assertThat(processing.eventProcessors()).allSatisfy((name, processor) -> assertThat(processor)
                .isInstanceOf(name.equals("identity-erasure") ? SubscribingEventProcessor.class
                        : PooledStreamingEventProcessor.class));
    }

    @Test
    void keepsDeadlinesInPostgresThroughDbScheduler() {
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
    }
}
