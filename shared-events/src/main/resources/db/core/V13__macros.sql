-- Macros: canned actions and texts agents apply to a ticket. Owned by the command side's macro package (a macro is
-- checked against the directory: statuses, agents, teams, custom fields); configuration, not a read model, so a
-- rebuild never drops it. A personal macro (shared = false) belongs to its owner, an agent; shared macros are listed
-- for every agent and changed by admins. Who created it and who changed it last, and when, are kept with it.
CREATE TABLE workspace.macro (
    id          UUID        PRIMARY KEY,
    name        TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description TEXT        CHECK (description IS NULL OR length(description) <= 500),
    owner_id    UUID        NOT NULL,
    shared      BOOLEAN     NOT NULL,
    -- The actions as the API's MacroActions object: property changes and an optional reply or note text.
    actions     JSONB       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by  UUID        NOT NULL
);
CREATE INDEX macro_owner ON workspace.macro (owner_id) WHERE NOT shared;

-- One row per application of a macro: written when a command naming the macro as its cause succeeds, once per
-- correlation id (the web app sends a macro's property change and its message under one), so a use counts once.
CREATE TABLE workspace.macro_use (
    macro_id       UUID        NOT NULL REFERENCES workspace.macro (id) ON DELETE CASCADE,
    correlation_id TEXT        NOT NULL,
    used_by        TEXT        NOT NULL,
    used_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (macro_id, correlation_id)
);
