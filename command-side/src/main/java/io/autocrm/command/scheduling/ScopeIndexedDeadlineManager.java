package io.autocrm.command.scheduling;

import java.time.Instant;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Axon's deadline manager on db-scheduler, with the deadlines indexed by scope. Axon's own
 * {@link #cancelAllWithinScope} reads and deserializes every scheduled deadline to find a scope's: a ticket's SLA
 * cancels and schedules its deadline each time it is measured, so with thousands of tickets under SLA each measuring
 * read thousands of rows (measured: 8.7 ms a call, most of the database's time at 200 tickets a second). Here each
 * deadline scheduled is also written to {@code scheduling.deadline_scope}, right after its task and in the same
 * transaction (both in the unit of work's prepare-commit phase, in order); the row is deleted with its task (a
 * foreign key with cascade), so it lives exactly as long as the deadline. Cancelling a scope's deadlines deletes
 * exactly those tasks, in one statement that skips a task being executed (picked: its own handler is the one
 * cancelling, and db-scheduler removes it when done), so a node picking the task meanwhile never makes the cancel
 * fail. Deadlines scheduled before the index existed are not found by it; they fire once and are settled like any
 * other (settling is idempotent).
 */
public class ScopeIndexedDeadlineManager extends DbSchedulerDeadlineManager {

    private final JdbcClient jdbc;

    ScopeIndexedDeadlineManager(Builder builder, JdbcClient jdbc) {
        super(builder);
        this.jdbc = jdbc;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        String id = super.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        runOnPrepareCommitOrNow(() -> jdbc.sql("""
                INSERT INTO scheduling.deadline_scope (task_name, task_instance, deadline_name, scope)
                SELECT t.task_name, t.task_instance, :name, :scope FROM scheduling.scheduled_tasks t
                 WHERE t.task_name = :task AND t.task_instance = :id""")
                .param("task", TASK_NAME).param("id", id).param("name", deadlineName)
                .param("scope", deadlineScope.scopeDescription()).update());
        return id;
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        runOnPrepareCommitOrNow(() -> jdbc.sql("""
                DELETE FROM scheduling.scheduled_tasks t USING scheduling.deadline_scope d
                 WHERE d.deadline_name = :name AND d.scope = :scope
                   AND t.task_name = d.task_name AND t.task_instance = d.task_instance AND NOT t.picked""")
                .param("name", deadlineName).param("scope", scope.scopeDescription()).update());
    }

    /** db-scheduler's name of Axon's deadline tasks ({@code DbSchedulerDeadlineToken}'s, which is not public). */
    static final String TASK_NAME = "AxonDeadline";
}
