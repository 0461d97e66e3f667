-- Axon's deadlines by scope (ScopeIndexedDeadlineManager): each deadline scheduled on db-scheduler is written here in
-- the same transaction, so cancelling a scope's deadlines (a ticket's SLA check, each time it is measured) finds them
-- by this index instead of reading and deserializing every scheduled deadline. A row lives exactly as long as its
-- task: db-scheduler deleting the task (done, or cancelled) deletes the row with it.
CREATE TABLE scheduling.deadline_scope (
    task_name     TEXT NOT NULL,
    task_instance TEXT NOT NULL,
    deadline_name TEXT NOT NULL,
    scope         TEXT NOT NULL,
    PRIMARY KEY (task_name, task_instance),
    FOREIGN KEY (task_name, task_instance) REFERENCES scheduling.scheduled_tasks (task_name, task_instance)
        ON DELETE CASCADE
);
CREATE INDEX deadline_scope_by_scope ON scheduling.deadline_scope (deadline_name, scope);
