-- Read models live in the read_model schema, apart from the event store, so the whole schema can be dropped and
-- rebuilt by replaying events. The processors' tokens live here too: dropping the schema resets them, and a
-- projection's row changes commit in the same transaction as its token.

CREATE TABLE read_model.token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
