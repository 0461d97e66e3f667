-- SLA targets (issue 11, docs/adr/014). On the queue row: the ticket's open targets (sla_open, {"metric#cycle":
-- {metric, dueAt, breached}}), and from them the next due time (sla_due_at; 9999-12-31 when none runs, so keyset
-- paging needs no NULL ordering), its metric and whether any open target is breached.
ALTER TABLE read_model.ticket ADD COLUMN sla_open     JSONB       NOT NULL DEFAULT '{}',
                              ADD COLUMN sla_due_at   TIMESTAMPTZ NOT NULL DEFAULT '9999-12-31 00:00:00+00',
                              ADD COLUMN sla_metric   VARCHAR(32),
                              ADD COLUMN sla_breached BOOLEAN     NOT NULL DEFAULT false;
CREATE INDEX ticket_sla_due ON read_model.ticket (sla_due_at, ticket_id);
CREATE INDEX ticket_sla_breached_due ON read_model.ticket (sla_breached, sla_due_at, ticket_id);

-- The policy each ticket is measured against now (the latest SlaPolicyAppliedEvent; none after SlaPolicyRemovedEvent).
CREATE TABLE read_model.ticket_sla_policy (
    ticket_id      UUID        PRIMARY KEY,
    policy_id      UUID        NOT NULL,
    policy_name    TEXT        NOT NULL,
    policy_version INTEGER     NOT NULL,
    targets        JSONB       NOT NULL, -- [{metric, minutes, businessHours, runsIn}]
    applied_at     TIMESTAMPTZ NOT NULL
);

-- One row per target (metric and cycle) of a ticket: its state, due time and timeline, built from the SLA events.
-- state: running, paused, fulfilled. timeline: [{"kind": "started|paused|resumed|warning|breached|fulfilled", "at",
-- "status", "dueAt", "messageId", "policy"}] in event order.
CREATE TABLE read_model.ticket_sla_target (
    ticket_id      UUID        NOT NULL,
    metric         VARCHAR(32) NOT NULL,
    cycle          INTEGER     NOT NULL,
    policy_id      UUID,
    policy_name    TEXT,
    policy_version INTEGER,
    target_minutes BIGINT,
    business_hours BOOLEAN,
    state          VARCHAR(16) NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    due_at         TIMESTAMPTZ,
    warned_at      TIMESTAMPTZ,
    breached_at    TIMESTAMPTZ,
    fulfilled_at   TIMESTAMPTZ,
    fulfilled_by   UUID,
    timeline       JSONB       NOT NULL DEFAULT '[]',
    version        BIGINT      NOT NULL, -- the ticket's version after the last event applied to this row
    PRIMARY KEY (ticket_id, metric, cycle)
);
