-- Personal data lives here, out of event payloads, so that erasure can delete it without rewriting history
-- (docs/adr/002-personal-data-out-of-events.md). Rows are written in the same transaction as the events that
-- reference them.

CREATE TABLE pii.customer (
    id              UUID        PRIMARY KEY,
    name            TEXT,
    email           TEXT,
    organisation_id UUID,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at       TIMESTAMPTZ,
    -- An erased customer keeps no personal data: readers may rely on it.
    CONSTRAINT customer_erased_holds_nothing CHECK (erased_at IS NULL OR (name IS NULL AND email IS NULL))
);
CREATE UNIQUE INDEX customer_email_unique ON pii.customer (lower(email)) WHERE erased_at IS NULL;
CREATE INDEX customer_organisation ON pii.customer (organisation_id);

-- Free text of the conversation: a ticket's subject (content_id = ticket id) and every message body
-- (content_id = message id). subject_id is the customer whose personal data it is (the ticket's requester).
CREATE TABLE pii.ticket_content (
    content_id UUID        PRIMARY KEY,
    ticket_id  UUID        NOT NULL,
    subject_id UUID        NOT NULL,
    kind       VARCHAR(16) NOT NULL CHECK (kind IN ('subject', 'message')),
    body       TEXT        NOT NULL,
    tsv        TSVECTOR    GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ticket_content_ticket ON pii.ticket_content (ticket_id);
CREATE INDEX ticket_content_subject ON pii.ticket_content (subject_id);
CREATE INDEX ticket_content_tsv ON pii.ticket_content USING gin (tsv);

-- The directory: agents, teams, organisations, and the admin-defined statuses and custom fields.

CREATE TABLE directory.organisation (
    id             UUID        PRIMARY KEY,
    name           TEXT        NOT NULL UNIQUE,
    shared_tickets BOOLEAN     NOT NULL DEFAULT false,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE directory.agent (
    id         UUID        PRIMARY KEY,
    name       TEXT        NOT NULL,
    email      TEXT        NOT NULL,
    active     BOOLEAN     NOT NULL DEFAULT true,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX agent_email_unique ON directory.agent (lower(email));

CREATE TABLE directory.team (
    id         UUID        PRIMARY KEY,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX team_name_unique ON directory.team (lower(name));

-- Statuses: the six built-in ones (key = category) and admin-defined ones mapped onto a category.
CREATE TABLE directory.ticket_status (
    key        VARCHAR(64) PRIMARY KEY CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    label      TEXT        NOT NULL,
    category   VARCHAR(16) NOT NULL CHECK (category IN ('new', 'open', 'pending', 'on-hold', 'solved', 'closed')),
    built_in   BOOLEAN     NOT NULL DEFAULT false,
    active     BOOLEAN     NOT NULL DEFAULT true,
    position   INT         NOT NULL DEFAULT 100,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO directory.ticket_status (key, label, category, built_in, position) VALUES
    ('new', 'New', 'new', true, 0),
    ('open', 'Open', 'open', true, 10),
    ('pending', 'Pending', 'pending', true, 20),
    ('on-hold', 'On-hold', 'on-hold', true, 30),
    ('solved', 'Solved', 'solved', true, 40),
    ('closed', 'Closed', 'closed', true, 50);

-- Custom field definitions. options: [{"key": "...", "label": "..."}] for dropdown and multi-select;
-- pattern: the regular expression a regex field's value must match in full.
CREATE TABLE directory.custom_field (
    key        VARCHAR(64) PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]{0,63}$'),
    label      TEXT        NOT NULL,
    type       VARCHAR(16) NOT NULL
               CHECK (type IN ('text', 'number', 'decimal', 'checkbox', 'date', 'dropdown', 'multi-select', 'regex')),
    options    JSONB       NOT NULL DEFAULT '[]',
    pattern    TEXT,
    active     BOOLEAN     NOT NULL DEFAULT true,
    position   INT         NOT NULL DEFAULT 100,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
