-- Presence on tickets (collision detection): agents' heartbeats, ephemeral by design and never ticket events. An
-- unlogged table: fast, not replicated, emptied after a crash, which presence does not mind (clients beat every 10 s).
-- Rows older than the expiry (30 s by default) no longer count and are swept away by the query nodes.
CREATE SCHEMA IF NOT EXISTS workspace;

CREATE UNLOGGED TABLE workspace.presence (
    ticket_id UUID        NOT NULL,
    agent_id  UUID        NOT NULL,
    state     TEXT        NOT NULL CHECK (state IN ('viewing', 'typing')),
    since     TIMESTAMPTZ NOT NULL,
    last_seen TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_id, agent_id)
);
