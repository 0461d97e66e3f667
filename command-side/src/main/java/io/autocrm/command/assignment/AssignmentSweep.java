package io.autocrm.command.assignment;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every minute (on one node of the cluster: a db-scheduler recurring task), the engine looks at every team that has
 * tickets waiting. That is how a ticket is assigned when a member's shift starts, and how a ticket whose assignment
 * was refused (someone changed it at that moment) or lost (a node stopped) gets its turn again.
 */
@Configuration(proxyBeanMethods = false)
class AssignmentSweep {

    @Bean
    RecurringTask<Void> assignmentSweepTask(AssignmentEngine engine,
            @Value("${autocrm.assignment.sweep-interval:PT1M}") String interval) {
        return Tasks.recurring("assignment-sweep", FixedDelay.of(Duration.parse(interval)))
                .execute((instance, context) -> engine.sweep());
    }
}
