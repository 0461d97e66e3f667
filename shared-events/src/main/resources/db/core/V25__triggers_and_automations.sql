-- Triggers and automations (issue 11, ADR 015): rules owned by the command side's automation package. A trigger reacts
-- to a ticket's events; an automation is evaluated periodically over tickets whose times qualify. Configuration, not a
-- read model: a rebuild never drops it. Each save increments the version; every version's content is kept, so the
-- history's "via trigger X (version n)" can be explained later.
CREATE SCHEMA IF NOT EXISTS automation;

CREATE TABLE automation.rule (
    id          UUID        PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL CHECK (kind IN ('trigger', 'automation')),
    name        TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description TEXT        CHECK (description IS NULL OR length(description) <= 500),
    position    INT         NOT NULL,
    enabled     BOOLEAN     NOT NULL,
    version     INT         NOT NULL,
    -- The conditions as the rules package's Conditions ({all: [...], any: [...]}) and the actions as a list of
    -- {type, ...} objects (see RuleAction).
    conditions  JSONB       NOT NULL,
    actions     JSONB       NOT NULL,
    -- A trigger reacts only to events recorded at or after this instant (its last enabling), so history from before it
    -- existed is never acted on, also when the processor replays.
    active_from TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by  TEXT        NOT NULL
);
CREATE INDEX rule_kind_position ON automation.rule (kind, position);

-- Every version a rule had, as saved.
CREATE TABLE automation.rule_version (
    rule_id    UUID        NOT NULL REFERENCES automation.rule (id) ON DELETE CASCADE,
    version    INT         NOT NULL,
    name       TEXT        NOT NULL,
    enabled    BOOLEAN     NOT NULL,
    conditions JSONB       NOT NULL,
    actions    JSONB       NOT NULL,
    saved_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    saved_by   TEXT        NOT NULL,
    PRIMARY KEY (rule_id, version)
);

-- Loop protection and idempotence of triggers: a trigger acts at most once per ticket per chain (the correlation id a
-- person's request started, which the trigger's own commands carry on), so it never fires twice for the same cause,
-- also after a redelivery or a processor restart. Written in the transaction of the trigger's commands; a refused
-- action is recorded with its outcome so it is not retried for ever. rule_id 00000000-... records a chain stopped at
-- the depth limit.
CREATE TABLE automation.trigger_firing (
    rule_id        UUID        NOT NULL,
    ticket_id      UUID        NOT NULL,
    chain_id       TEXT        NOT NULL,
    event_id       TEXT        NOT NULL,
    rule_version   INT         NOT NULL,
    depth          INT         NOT NULL,
    outcome        TEXT        NOT NULL,
    fired_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (rule_id, ticket_id, chain_id)
);
CREATE INDEX trigger_firing_ticket ON automation.trigger_firing (ticket_id);

-- Once per qualifying period: an automation acts on a ticket at most once while the ticket keeps the status it had
-- (period_start: when its status last changed) and the automation keeps its version.
CREATE TABLE automation.automation_firing (
    rule_id      UUID        NOT NULL,
    ticket_id    UUID        NOT NULL,
    rule_version INT         NOT NULL,
    period_start TIMESTAMPTZ NOT NULL,
    outcome      TEXT        NOT NULL,
    fired_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (rule_id, ticket_id, rule_version, period_start)
);

-- The tickets automations look at: every ticket not closed, with the times its events were recorded at, kept by the
-- automation processor from the event stream (the command side never reads the query side's read models). Only a
-- pre-filter: each candidate is evaluated against its aggregate before anything is done.
CREATE TABLE automation.candidate (
    ticket_id         UUID        PRIMARY KEY,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    status_changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX candidate_updated ON automation.candidate (updated_at);
CREATE INDEX candidate_status_changed ON automation.candidate (status_changed_at);
CREATE INDEX candidate_created ON automation.candidate (created_at);

-- How far the triggers have reacted in the event stream (global index): the processor's token lives with the read
-- models, and a read-model rebuild replays every event; the triggers must not react to the past again.
CREATE TABLE automation.trigger_progress (
    id       INT    PRIMARY KEY CHECK (id = 1),
    position BIGINT NOT NULL
);
