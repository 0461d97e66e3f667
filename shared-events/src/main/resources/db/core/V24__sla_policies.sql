-- SLA policies (issue 11, docs/adr/014): ordered, the first active one whose conditions match a ticket applies. Each
-- save makes a new version; sla_policy_version keeps every version as saved, so a ticket's SlaPolicyAppliedEvent
-- (which copies the targets it was measured against) can always be traced to the policy as it was.
-- conditions: {"all": [{field, operator, values}], "any": [...]} (the rules package's condition language);
-- targets: [{"priority": "urgent", "metric": "first-reply-time", "minutes": 60, "businessHours": true}];
-- clocks: {"agent-work-time": ["new", "open"], ...}: statuses a metric's clock runs in, where not the default.
CREATE TABLE directory.sla_policy (
    id                   UUID        PRIMARY KEY,
    name                 TEXT        NOT NULL,
    position             INT         NOT NULL,
    active               BOOLEAN     NOT NULL DEFAULT true,
    conditions           JSONB       NOT NULL,
    calendar_id          UUID        REFERENCES directory.business_calendar (id),
    warning_percent      INT         NOT NULL DEFAULT 75 CHECK (warning_percent BETWEEN 1 AND 99),
    notes_fulfil_replies BOOLEAN     NOT NULL DEFAULT false,
    targets              JSONB       NOT NULL,
    clocks               JSONB       NOT NULL DEFAULT '{}',
    version              INT         NOT NULL DEFAULT 1,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by           TEXT
);
CREATE UNIQUE INDEX sla_policy_name_unique ON directory.sla_policy (lower(name));

CREATE TABLE directory.sla_policy_version (
    policy_id  UUID        NOT NULL REFERENCES directory.sla_policy (id) ON DELETE CASCADE,
    version    INT         NOT NULL,
    definition JSONB       NOT NULL,
    saved_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    saved_by   TEXT,
    PRIMARY KEY (policy_id, version)
);

-- The Ticket aggregate holds SLA clocks now (SlaLedger): drop old-shaped snapshots (see V20).
DELETE FROM events.snapshot_event_entry WHERE type IN ('Ticket', 'io.autocrm.command.ticket.Ticket');
