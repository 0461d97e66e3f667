/**
 * Durable timers on PostgreSQL with db-scheduler: one {@link com.github.kagkarlsson.scheduler.Scheduler} per command
 * node, polling {@code scheduling.scheduled_tasks}; a task instance runs on exactly one node, and what was scheduled
 * survives restarts. Every {@link com.github.kagkarlsson.scheduler.task.Task} bean joins it (Axon's deadline manager's
 * task, which Axon's auto-configuration adds once this scheduler exists, and the recurring tasks of automations and
 * routing); recurring tasks are started with it.
 */
package io.autocrm.command.scheduling;
