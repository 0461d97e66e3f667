-- Attachments (docs/adr/018): the bytes live in a blob store (a folder under the data directory, or an S3-compatible
-- bucket), once per SHA-256; these tables say which bytes exist and whose files they are.
CREATE SCHEMA IF NOT EXISTS files;

-- Every blob the store holds or is about to hold. A row is written (and committed) before its bytes are stored, so
-- bytes never exist without a row: a blob no attachment refers to is deleted by the sweeper (its bytes first, under
-- the row's lock, which an upload of the same bytes takes too). used_at: the last upload of these bytes.
CREATE TABLE files.blob (
    sha256     CHAR(64)    PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size       BIGINT      NOT NULL CHECK (size >= 0),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    used_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A file someone uploaded: pending (no message yet; deleted after expires_at) until a message claims it, then the
-- message's for good. Its name is personal data: like the mail schema's, this row goes with an erasure of subject_id (the
-- requester of the ticket it is on), and its bytes with it unless another attachment has the same ones.
-- uploaded_by: the actor who uploaded it (user:<id>, customer:<id>, api-key:<id>, system:system); only they may
-- attach it.
CREATE TABLE files.attachment (
    id           UUID        PRIMARY KEY,
    sha256       CHAR(64)    NOT NULL,
    name         TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    size         BIGINT      NOT NULL CHECK (size >= 0),
    content_type TEXT        NOT NULL,
    inline       BOOLEAN     NOT NULL DEFAULT false,
    uploaded_by  TEXT        NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ,
    ticket_id    UUID,
    message_id   UUID,
    subject_id   UUID,
    CONSTRAINT attachment_pending_or_claimed CHECK ((expires_at IS NULL) = (message_id IS NOT NULL)),
    CONSTRAINT attachment_claimed_whole CHECK ((message_id IS NULL) = (ticket_id IS NULL)
                                               AND (message_id IS NULL) = (subject_id IS NULL))
);
CREATE INDEX attachment_blob ON files.attachment (sha256);
CREATE INDEX attachment_message ON files.attachment (message_id);
CREATE INDEX attachment_subject ON files.attachment (subject_id);
CREATE INDEX attachment_pending ON files.attachment (expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX attachment_uploader ON files.attachment (uploaded_by) WHERE message_id IS NULL;

-- The key that signs download links (HMAC-SHA256), the same on every node; made on first start.
CREATE TABLE files.link_key (
    id         SMALLINT    PRIMARY KEY CHECK (id = 1),
    secret     BYTEA       NOT NULL CHECK (length(secret) = 32),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
