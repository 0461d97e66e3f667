package io.autocrm.command.automation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The time-based automations' recurring task on the durable scheduler: every {@code autocrm.automations.interval}
 * (default 5 minutes) one node runs them ({@link AutomationRun}); a run missed while every node was down happens at
 * the next start.
 */
@Configuration(proxyBeanMethods = false)
class AutomationSchedule {

    static final String TASK = "automations";

    @Bean
    RecurringTask<Void> automationsTask(AutomationRun run,
                                        @Value("${autocrm.automations.interval:PT5M}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> run.run());
    }
}
