package io.autocrm.command.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Axon's deadline manager on db-scheduler, with the deadlines indexed by scope. Axon's own
 * {@link #cancelAllWithinScope} reads and deserializes every scheduled deadline to find a scope's: a ticket's SLA
 * cancels and schedules its deadline each time it is measured, so with thousands of tickets under SLA each measuring
 * read thousands of rows (measured: 8.7 ms a call, most of the database's time at 200 tickets a second). Here each
 * deadline scheduled is also written to {@code scheduling.deadline_scope} (same transaction), and cancelling a scope's
 * deadlines cancels exactly those by id. Deadlines scheduled before the index existed are not found by it; they fire
 * once and are settled like any other (settling is idempotent). Cancelling skips a deadline being executed (its own
 * handler cancels it; db-scheduler would refuse) and one already gone.
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
        jdbc.sql("""
                INSERT INTO scheduling.deadline_scope (task_instance, deadline_name, scope)
                VALUES (:id, :name, :scope)""")
                .param("id", id).param("name", deadlineName).param("scope", deadlineScope.scopeDescription())
                .update();
        return id;
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        // A deadline being executed right now (picked) is the one whose handler is cancelling: db-scheduler refuses
        // to cancel it and removes it when it is done. One already gone needs nothing either.
        List<String> waiting = jdbc.sql("""
                DELETE FROM scheduling.deadline_scope d WHERE d.deadline_name = :name AND d.scope = :scope
                RETURNING d.task_instance, EXISTS (SELECT 1 FROM scheduling.scheduled_tasks t
                                                    WHERE t.task_instance = d.task_instance AND NOT t.picked)""")
                .param("name", deadlineName).param("scope", scope.scopeDescription())
                .query((rs, row) -> rs.getBoolean(2) ? rs.getString(1) : null).list();
        waiting.stream().filter(Objects::nonNull).forEach(id -> cancelSchedule(deadlineName, id));
    }
}
