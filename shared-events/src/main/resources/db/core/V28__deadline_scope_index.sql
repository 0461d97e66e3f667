-- Axon's deadlines by scope (ScopeIndexedDeadlineManager): each deadline scheduled on db-scheduler is written here in
-- the same transaction, so cancelling a scope's deadlines (a ticket's SLA check, each time it is measured) finds them
-- by this index instead of reading and deserializing every scheduled deadline.
CREATE TABLE scheduling.deadline_scope (
    task_instance TEXT PRIMARY KEY,
    deadline_name TEXT         NOT NULL,
    scope         TEXT         NOT NULL
);
CREATE INDEX deadline_scope_by_scope ON scheduling.deadline_scope (deadline_name, scope);
-- Cancelling looks its deadlines up by instance alone (the primary key leads with the task's name).
CREATE INDEX scheduled_tasks_instance ON scheduling.scheduled_tasks (task_instance);
