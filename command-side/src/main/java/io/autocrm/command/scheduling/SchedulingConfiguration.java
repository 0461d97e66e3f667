package io.autocrm.command.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The db-scheduler {@link Scheduler} of a command node. Its data source takes part in Spring's transactions, so a
 * timer scheduled while handling a command is stored in that command's transaction, or not at all. It starts once
 * the application is running (after Axon's processors) and stops first on shutdown, waiting briefly for running
 * tasks.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean(destroyMethod = "")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
                        @Value("${autocrm.scheduler.polling-interval:PT1S}") String pollingIntervalText,
                        @Value("${autocrm.scheduler.threads:4}") int threads) {
        // Read as text: a context without Boot's conversion service (the command side's tests) cannot bind a Duration.
        Duration pollingInterval = DurationStyle.detectAndParse(pollingIntervalText);
        List<Task<?>> oneTime = tasks.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
        List<RecurringTask<?>> recurring = tasks.stream().filter(task -> task instanceof RecurringTask<?>)
                .<RecurringTask<?>>map(task -> (RecurringTask<?>) task).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                .startTasks(recurring)
                .tableName("scheduling.scheduled_tasks")
                .pollingInterval(pollingInterval)
                .threads(threads)
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                scheduler.stop();
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                // After Axon's event processors start (their phase is lower), before the web server stops.
                return Integer.MAX_VALUE - 1000;
            }
        };
    }

    /**
     * Axon's deadline manager on this scheduler (as Axon's auto-configuration builds it), indexed by scope. Off only
     * where Axon is configured by hand without Spring's auto-configuration (the command side's slice tests, whose
     * Axon keeps its own in-memory deadline manager): {@code autocrm.scheduler.indexed-deadlines=false}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "autocrm.scheduler.indexed-deadlines", havingValue = "true", matchIfMissing = true)
    static class IndexedDeadlines {

        @Bean
        DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration configuration,
                                        @Qualifier("eventSerializer") Serializer serializer,
                                        TransactionManager transactionManager, DeadlineManagerSpanFactory spanFactory,
                                        JdbcClient jdbc) {
            return new ScopeIndexedDeadlineManager(DbSchedulerDeadlineManager.builder()
                    .scheduler(scheduler)
                    .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                    .serializer(serializer)
                    .transactionManager(transactionManager)
                    .spanFactory(spanFactory)
                    .startScheduler(false)
                    .stopScheduler(false), jdbc);
        }
    }
}
