-- Secondary indexes a rebuild dropped for its replay, to be created again once the processors have caught up
-- (app: DeferredIndexes). Empty except during a rebuild; a node that starts while rows remain finishes the job.
CREATE TABLE read_model.deferred_index (
    name       TEXT PRIMARY KEY,
    definition TEXT NOT NULL -- pg_indexes.indexdef, a complete CREATE INDEX statement
);
