-- The event store (Axon JDBC storage engine, snake_case names, bytea payloads) and write-side bookkeeping.
-- Owned by Flyway; Axon never creates tables. The schema is created by Flyway (schemas: events, pii, directory).

CREATE TABLE events.domain_event_entry (
    global_index         BIGSERIAL    PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT domain_event_entry_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE events.snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- Human-friendly ticket numbers (#1001, #1002, ...). Gaps are possible (a failed create consumes a number).
CREATE SEQUENCE events.ticket_number_seq START WITH 1001;

-- Idempotency-Key bookkeeping for creating requests: a retried request with the same key and body returns the
-- resource the first one created; the same key with another body is refused.
CREATE TABLE events.idempotency_key (
    scope        VARCHAR(100) NOT NULL,
    key          VARCHAR(255) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    resource_id  UUID         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
