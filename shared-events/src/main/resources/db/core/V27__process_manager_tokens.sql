-- The command side's process managers (routing, SLA policies, triggers and automations, assignment) keep their
-- positions in the event stream here, apart from the read models. A read-model rebuild drops read_model.token_entry;
-- had their tokens lived there, every rebuild would have run them again over the whole history, sending commands for
-- tickets long settled (and changing tickets under clients' feet while the rebuild ran).
CREATE SCHEMA IF NOT EXISTS processes;
CREATE TABLE processes.token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- Positions reached before this migration come along, claims do not (the nodes holding them are stopping).
INSERT INTO processes.token_entry (processor_name, segment, token, token_type, timestamp)
SELECT processor_name, segment, token, token_type, timestamp FROM assignment.token_entry;
DROP TABLE assignment.token_entry;

DO $$
BEGIN
    IF to_regclass('read_model.token_entry') IS NOT NULL THEN
        INSERT INTO processes.token_entry (processor_name, segment, token, token_type, timestamp)
        SELECT processor_name, segment, token, token_type, timestamp FROM read_model.token_entry
        WHERE processor_name IN ('routing', 'sla-policies', 'automation');
        DELETE FROM read_model.token_entry WHERE processor_name IN ('routing', 'sla-policies', 'automation');
    END IF;
END
$$;
