-- Ticket read models: the queue row, the conversation index and the audit trail. Rebuildable by replay; no personal
-- data (subjects, bodies, names and emails stay in pii.* and directory.*, joined at read time, so erasure needs no
-- rewrite here). Every row stores the API version (event sequence number + 1) of the last event applied to it:
-- updates are guarded with `version < :v` and inserts use ON CONFLICT DO NOTHING, so redeliveries change nothing.

-- One row per ticket: what the queue filters, sorts and shows.
CREATE TABLE read_model.ticket (
    ticket_id         UUID        PRIMARY KEY,
    number            BIGINT      NOT NULL,
    requester_id      UUID        NOT NULL,
    status_key        VARCHAR(64) NOT NULL,
    status_category   VARCHAR(16) NOT NULL,
    priority          VARCHAR(16) NOT NULL,
    priority_rank     SMALLINT    NOT NULL, -- low 0, normal 1, high 2, urgent 3
    type              VARCHAR(16) NOT NULL,
    assignee_id       UUID,
    team_id           UUID,
    tags              TEXT[]      NOT NULL DEFAULT '{}', -- distinct, sorted by code point
    custom_fields     JSONB       NOT NULL DEFAULT '{}', -- {"field_key": ["value", ...]}; fields without value absent
    channel           VARCHAR(16) NOT NULL,
    follow_up_of      UUID,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    first_response_at TIMESTAMPTZ,          -- first public reply (by an agent or an integration)
    solved_at         TIMESTAMPTZ,          -- latest entry into the solved category; cleared when reopened
    message_count     INTEGER     NOT NULL DEFAULT 0, -- public conversation: description, customer messages and
                                                      -- public replies; internal notes are not counted
    version           BIGINT      NOT NULL,
    CONSTRAINT ticket_number_unique UNIQUE (number)
);

-- Queue access paths. Each keyset sort is (sort column, ticket_id); the filtered variants lead with the filter column.
CREATE INDEX ticket_updated ON read_model.ticket (updated_at, ticket_id);
CREATE INDEX ticket_created ON read_model.ticket (created_at, ticket_id);
CREATE INDEX ticket_priority ON read_model.ticket (priority_rank, ticket_id);
CREATE INDEX ticket_priority_updated ON read_model.ticket (priority_rank, updated_at, ticket_id);
CREATE INDEX ticket_category_updated ON read_model.ticket (status_category, updated_at, ticket_id);
CREATE INDEX ticket_status_updated ON read_model.ticket (status_key, updated_at, ticket_id);
CREATE INDEX ticket_assignee_updated ON read_model.ticket (assignee_id, updated_at, ticket_id);
CREATE INDEX ticket_team_updated ON read_model.ticket (team_id, updated_at, ticket_id);
CREATE INDEX ticket_requester_updated ON read_model.ticket (requester_id, updated_at, ticket_id);
CREATE INDEX ticket_tags ON read_model.ticket USING gin (tags);
CREATE INDEX ticket_custom_fields ON read_model.ticket USING gin (custom_fields jsonb_path_ops);

-- One row per conversation entry, oldest first by version. kind: 'description' (the first message, written with the
-- ticket, authored by the requester), 'customer-message', 'public-reply', 'internal-note'. author_type: 'customer',
-- 'agent', or the actor type of an integration or automation that posted a public reply without an agent.
CREATE TABLE read_model.ticket_message (
    message_id  UUID        PRIMARY KEY,
    ticket_id   UUID        NOT NULL,
    kind        VARCHAR(20) NOT NULL
                CHECK (kind IN ('description', 'customer-message', 'public-reply', 'internal-note')),
    author_type VARCHAR(16) NOT NULL,
    author_id   VARCHAR(255),
    created_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL
);
CREATE INDEX ticket_message_ticket ON read_model.ticket_message (ticket_id, version);

-- One row per ticket event: who, when, through which channel, and a readable description of the change.
CREATE TABLE read_model.ticket_audit (
    ticket_id      UUID         NOT NULL,
    version        BIGINT       NOT NULL,
    event_type     VARCHAR(100) NOT NULL,
    actor_type     VARCHAR(16),
    actor_id       VARCHAR(255),
    channel        VARCHAR(16),
    correlation_id VARCHAR(255),
    occurred_at    TIMESTAMPTZ  NOT NULL,
    description    TEXT         NOT NULL,
    changes        JSONB        NOT NULL DEFAULT '[]', -- [{"field": ..., "from": ..., "to": ...}]
    global_index   BIGINT,                             -- position in the event store, when known
    PRIMARY KEY (ticket_id, version)                   -- reads: a ticket's trail and its latest version
);
