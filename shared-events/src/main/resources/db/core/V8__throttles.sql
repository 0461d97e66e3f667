-- One table per kind of limit, each holding Bucket4j token buckets (io.autocrm.app.throttle): the bucket's key, its
-- serialized state and when it may be forgotten (epoch milliseconds; a bucket is forgotten once it would be full
-- again, which changes nothing for its key). Shared by every node, so a limit holds for the whole cluster. Only the
-- throttle that owns a table writes or deletes its rows.
-- UNLOGGED: every keyed request writes its bucket, and a transaction that writes only unlogged tables commits without
-- waiting for the WAL to reach the disk. The price: after a PostgreSQL crash (not a clean restart), and on a promoted
-- standby, the buckets are empty, so every limit starts afresh, full.

-- Requests of an API key (key: api key id and its limit per minute).
CREATE UNLOGGED TABLE identity.api_key_throttle (
    id         TEXT   PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX api_key_throttle_expiry ON identity.api_key_throttle (expires_at);

-- Failed sign-ins for one email address (key: the address, lower case), whether or not an account has it.
CREATE UNLOGGED TABLE identity.sign_in_email_throttle (
    id         TEXT   PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX sign_in_email_throttle_expiry ON identity.sign_in_email_throttle (expires_at);

-- Failed sign-ins from one client address (key: the address).
CREATE UNLOGGED TABLE identity.sign_in_address_throttle (
    id         TEXT   PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX sign_in_address_throttle_expiry ON identity.sign_in_address_throttle (expires_at);

-- Requests to the public forms under /login and /api/v1/auth that may send mail or present a dead token, from one
-- client address (key: the address).
CREATE UNLOGGED TABLE identity.form_address_throttle (
    id         TEXT   PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX form_address_throttle_expiry ON identity.form_address_throttle (expires_at);

-- Sign-up and reset mails to one address (key: the recipient, lower case).
CREATE UNLOGGED TABLE identity.mail_recipient_throttle (
    id         TEXT   PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX mail_recipient_throttle_expiry ON identity.mail_recipient_throttle (expires_at);

-- What these replace: failed sign-ins and form requests counted row by row, and mail counted in the outbox.
DROP TABLE identity.login_failure;
DROP INDEX identity.email_outbox_recipient;
