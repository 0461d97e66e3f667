-- The agent workspace's configuration: saved queue views. Owned by the query side's views package (a view is a
-- saved queue query, checked by the queue's own parameter parser); not a read model, so a rebuild never drops it.
CREATE SCHEMA IF NOT EXISTS workspace;

-- A saved view: filters as the queue's filter object, the columns shown in order, and the sort. A personal view
-- (shared = false) belongs to its owner, an agent; shared views are listed for every agent and changed by admins.
-- Who created it and who changed it last, and when, are kept with it.
CREATE TABLE workspace.saved_view (
    id         UUID        PRIMARY KEY,
    name       TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    owner_id   UUID        NOT NULL,
    shared     BOOLEAN     NOT NULL,
    filters    JSONB       NOT NULL,
    columns    TEXT[]      NOT NULL,
    sort       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by UUID        NOT NULL
);
CREATE INDEX saved_view_owner ON workspace.saved_view (owner_id) WHERE NOT shared;
