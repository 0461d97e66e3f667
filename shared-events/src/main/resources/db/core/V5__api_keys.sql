-- API keys of integrations. Only a SHA-256 hash of each key is kept: keys are 256-bit random, so a fast hash is
-- enough, and the key itself is shown once, when it is created. The prefix is the visible, indexed part by which a
-- presented key is found.
CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.api_key (
    id                    UUID PRIMARY KEY,
    name                  VARCHAR(100) NOT NULL,
    prefix                VARCHAR(64)  NOT NULL UNIQUE,
    secret_hash           BYTEA        NOT NULL CHECK (octet_length(secret_hash) = 32),
    -- Keys of io.autocrm.access.Scope, e.g. {tickets:read,tickets:write}.
    scopes                TEXT[]       NOT NULL,
    rate_limit_per_minute INTEGER      NOT NULL CHECK (rate_limit_per_minute > 0),
    expires_at            TIMESTAMPTZ,
    revoked_at            TIMESTAMPTZ,
    -- Written at most once a minute per key per node, so it lags real use by up to a minute.
    last_used_at          TIMESTAMPTZ,
    -- The actor who created the key, e.g. user:<id>, api_key:<id> or system (the bootstrap key).
    created_by            VARCHAR(100) NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);
