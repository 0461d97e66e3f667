-- Routing rules (issue 11, docs/adr/013): configuration owned by the command side's routing package. A rule is an
-- ordered entry (position) whose content lives in versions: every change (name, enabled, conditions, actions) adds a
-- version and keeps the old ones, so a ticket's history ("rule X v3") can always be read against what v3 said. A
-- deleted rule keeps its versions (deleted_at set) and leaves the order. The order is the list's, not a version's.
CREATE SCHEMA IF NOT EXISTS routing;

CREATE TABLE routing.rule (
    id              UUID        PRIMARY KEY,
    position        INT         NOT NULL,
    current_version INT         NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at      TIMESTAMPTZ
);
CREATE INDEX rule_position ON routing.rule (position) WHERE deleted_at IS NULL;

CREATE TABLE routing.rule_version (
    rule_id    UUID        NOT NULL REFERENCES routing.rule (id),
    version    INT         NOT NULL CHECK (version >= 1),
    name       TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    enabled    BOOLEAN     NOT NULL,
    -- The conditions as the rules package's Conditions ({"all": [...], "any": [...]}), validated and canonical.
    conditions JSONB       NOT NULL,
    -- The actions as RoutingActions (teamId, priority, type, addTags, requireSkills, assigneeId).
    actions    JSONB       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by TEXT        NOT NULL,
    PRIMARY KEY (rule_id, version)
);
