-- Configuration history (docs/adr/012-configuration-history-by-triggers.md): every insert, update and delete of a
-- configuration table is recorded in audit.config_change by a row trigger, in the same transaction as the change, with
-- who made it, when, and the row before and after. The writer names itself in the transaction:
--     SELECT set_config('autocrm.actor', 'user:<id>', true);
-- and a change without an actor is refused, so nothing changes configuration without a record. A table joins with
-- one line in the migration that creates it:
--     SELECT audit.track('schema.table', secret_columns => '{password_hash}');
-- Secret columns (hashes, keys, tokens) are never copied: the record only names them as changed.
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.config_change (
    id              BIGSERIAL   PRIMARY KEY,
    occurred_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Who: user:<agent id>, customer:<id>, api_key:<id>, system:<what> (e.g. system:demo), migration.
    actor           TEXT        NOT NULL CHECK (actor <> ''),
    -- What: the table (schema.table) and the row's primary key (its columns' values joined by commas).
    entity_kind     TEXT        NOT NULL,
    entity_key      TEXT        NOT NULL,
    operation       VARCHAR(6)  NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    -- The row before (update, delete) and after (insert, update), without its secret and ignored columns.
    old_value       JSONB,
    new_value       JSONB,
    -- The secret columns whose value changed (their values are never kept).
    changed_secrets TEXT[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX config_change_entity ON audit.config_change (entity_kind, entity_key, id);
CREATE INDEX config_change_actor ON audit.config_change (actor, id);
CREATE INDEX config_change_time ON audit.config_change (occurred_at);

-- The row trigger. Arguments: the primary key's columns, the secret columns, the ignored columns (each a comma list).
-- Ignored columns (bookkeeping such as last_used_at) are left out, and an update that changes nothing else records
-- nothing, and needs no actor.
CREATE FUNCTION audit.record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    key_columns    TEXT[] := string_to_array(TG_ARGV[0], ',');
    secret_columns TEXT[] := coalesce(string_to_array(nullif(TG_ARGV[1], ''), ','), '{}');
    ignored        TEXT[] := coalesce(string_to_array(nullif(TG_ARGV[2], ''), ','), '{}');
    old_row        JSONB;
    new_row        JSONB;
    key_row        JSONB;
    secrets        TEXT[] := '{}';
    who            TEXT := nullif(current_setting('autocrm.actor', true), '');
    secret         TEXT;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD) - ignored;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW) - ignored;
    END IF;
    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NULL;
    END IF;
    IF who IS NULL THEN
        RAISE EXCEPTION 'configuration change without an actor: % on %.%', lower(TG_OP), TG_TABLE_SCHEMA, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Name the actor in the same transaction: SELECT set_config(''autocrm.actor'', ''user:<id>'', true)';
    END IF;
    key_row := coalesce(new_row, old_row);
    FOREACH secret IN ARRAY secret_columns LOOP
        IF coalesce(old_row -> secret, 'null') IS DISTINCT FROM coalesce(new_row -> secret, 'null') THEN
            secrets := secrets || secret;
        END IF;
    END LOOP;
    INSERT INTO audit.config_change (actor, entity_kind, entity_key, operation, old_value, new_value, changed_secrets)
    VALUES (who, TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME,
            array_to_string(ARRAY(SELECT key_row ->> k FROM unnest(key_columns) WITH ORDINALITY AS c(k, n) ORDER BY n), ','),
            lower(TG_OP), old_row - secret_columns, new_row - secret_columns, secrets);
    RETURN NULL;
END
$$;

-- TRUNCATE would change rows without a row trigger: configuration tables refuse it (delete rows instead).
CREATE FUNCTION audit.refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'configuration table %.% cannot be truncated: delete its rows so that each is recorded',
        TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Attaches the history to a configuration table (which must have a primary key). secret_columns: recorded only as
-- changed; ignored_columns: not recorded, and a change of only those records nothing. Calling it again replaces it.
CREATE FUNCTION audit.track(target REGCLASS, secret_columns TEXT[] DEFAULT '{}', ignored_columns TEXT[] DEFAULT '{}')
RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    key_columns TEXT;
    unknown     TEXT;
BEGIN
    SELECT string_agg(a.attname, ',' ORDER BY array_position(i.indkey::INT2[], a.attnum)) INTO key_columns
      FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indrelid = target AND i.indisprimary;
    IF key_columns IS NULL THEN
        RAISE EXCEPTION 'audit.track: % has no primary key', target;
    END IF;
    SELECT string_agg(c, ', ') INTO unknown FROM unnest(secret_columns || ignored_columns) AS c
     WHERE NOT EXISTS (SELECT 1 FROM pg_attribute a
                        WHERE a.attrelid = target AND a.attname = c AND a.attnum > 0 AND NOT a.attisdropped);
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'audit.track: % has no column %', target, unknown;
    END IF;
    EXECUTE format('DROP TRIGGER IF EXISTS config_history ON %s', target);
    EXECUTE format('DROP TRIGGER IF EXISTS config_history_truncate ON %s', target);
    EXECUTE format('CREATE TRIGGER config_history AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW '
                   'EXECUTE FUNCTION audit.record_change(%L, %L, %L)', target, key_columns,
                   array_to_string(secret_columns, ','), array_to_string(ignored_columns, ','));
    EXECUTE format('CREATE TRIGGER config_history_truncate BEFORE TRUNCATE ON %s FOR EACH STATEMENT '
                   'EXECUTE FUNCTION audit.refuse_truncate()', target);
END
$$;

-- The configuration there is today. Not tracked, and why (docs/adr/012): the event store, personal data (pii), tokens
-- and sign-up claims, sessions, mail outbox, throttles, presence and macro use are operational or personal, not
-- configuration; the read models are rebuilt from events.
SELECT audit.track('directory.agent');
SELECT audit.track('directory.team');
SELECT audit.track('directory.organisation');
SELECT audit.track('directory.ticket_status');
SELECT audit.track('directory.custom_field');
SELECT audit.track('directory.installation_fact');
SELECT audit.track('identity.user_account', secret_columns => '{password_hash}');
SELECT audit.track('identity.api_key', secret_columns => '{secret_hash}', ignored_columns => '{last_used_at}');
SELECT audit.track('identity.setting');
SELECT audit.track('identity.signing_key', secret_columns => '{jwk}');
SELECT audit.track('workspace.macro');
SELECT audit.track('workspace.saved_view');
