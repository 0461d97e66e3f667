-- The e-mail channel (docs/adr/017): one outbox for every mail AutoCRM sends, the Message-IDs it sent and received
-- (threading), and a record of every mail it received (idempotency, quarantine, the full original for agents).
CREATE SCHEMA IF NOT EXISTS mail;

-- Mail to send. A row is queued in the transaction of what causes it (a public reply's event, a reset link) and
-- delivered at least once with retries; a row that is 'sending' past next_attempt_at was left by a node that stopped,
-- and is claimed again. A mail is composed at its first attempt: a reply's recipients, subject and bodies, and every
-- mail's Message-ID (header_message_id, kept from then on, so a mail sent twice is recognisably the same).
-- subject_id: the person the mail is about, so that erasure deletes it.
CREATE TABLE mail.outbox (
    id                UUID        PRIMARY KEY,
    kind              TEXT        NOT NULL CHECK (kind IN ('account', 'public-reply')),
    subject_id        UUID,
    ticket_id         UUID,
    message_id        UUID,
    -- a reply made by a trigger or an automation: sent as Auto-Submitted, so the other side's machines stay quiet
    automatic         BOOLEAN     NOT NULL DEFAULT false,
    recipients        TEXT[]      NOT NULL DEFAULT '{}',
    subject           TEXT,
    body_text         TEXT,
    body_html         TEXT,
    header_message_id TEXT        UNIQUE,
    in_reply_to       TEXT,
    refs              TEXT[]      NOT NULL DEFAULT '{}',
    state             TEXT        NOT NULL DEFAULT 'queued'
                                  CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    attempts          INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error        TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- when an admin last sent it again: the give-up time counts from here
    retried_at        TIMESTAMPTZ,
    sent_at           TIMESTAMPTZ
);
CREATE INDEX outbox_due ON mail.outbox (next_attempt_at) WHERE state IN ('queued', 'sending');
CREATE INDEX outbox_subject ON mail.outbox (subject_id);
CREATE INDEX outbox_ticket ON mail.outbox (ticket_id, created_at) WHERE ticket_id IS NOT NULL;
CREATE INDEX outbox_created ON mail.outbox (created_at DESC, id);

-- Links queued before mail was delivered were never sent; their tokens have expired since, so they stay as cancelled.
INSERT INTO mail.outbox (id, kind, subject_id, recipients, subject, body_text, header_message_id, state, last_error,
                         created_at, sent_at)
SELECT id, 'account', subject_id, ARRAY[recipient], subject, body, NULL,
       CASE WHEN sent_at IS NULL THEN 'cancelled' ELSE 'sent' END,
       CASE WHEN sent_at IS NULL THEN 'queued before AutoCRM delivered mail' END, created_at, sent_at
FROM identity.email_outbox;
DROP TABLE identity.email_outbox;

-- A ticket's mail thread: its number (for "[#1042]" in subjects) and the token of its reply address
-- (support+<token>@…), made when the ticket first sends or receives mail.
CREATE TABLE mail.ticket_thread (
    ticket_id   UUID        PRIMARY KEY,
    number      BIGINT      NOT NULL UNIQUE,
    reply_token TEXT        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every Message-ID AutoCRM sent or received, with its ticket: a reply's In-Reply-To or References finds it here.
CREATE TABLE mail.message_ref (
    header_message_id TEXT        PRIMARY KEY,
    ticket_id         UUID        NOT NULL,
    direction         TEXT        NOT NULL CHECK (direction IN ('in', 'out')),
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX message_ref_ticket ON mail.message_ref (ticket_id, created_at);

-- Outlook's conversations (the GUID in Thread-Index) and the ticket each belongs to.
CREATE TABLE mail.conversation (
    conversation_guid TEXT        PRIMARY KEY,
    ticket_id         UUID        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX conversation_ticket ON mail.conversation (ticket_id);

-- Every mail received (IMAP or the inbound webhook), once: message_key is its Message-ID (or, without one, the hash
-- of its bytes), so a mail fetched twice changes nothing. state: what became of it; reason: how it was matched to
-- its ticket, or why it was ignored or quarantined. raw: the original as received. subject_id: the customer it came
-- from, so that erasure deletes it.
CREATE TABLE mail.inbound (
    id          UUID        PRIMARY KEY,
    message_key TEXT        NOT NULL UNIQUE,
    source      TEXT        NOT NULL CHECK (source IN ('imap', 'webhook')),
    state       TEXT        NOT NULL CHECK (state IN ('ticket-created', 'message-added', 'ignored', 'quarantined')),
    reason      TEXT        NOT NULL,
    ticket_id   UUID,
    message_id  UUID,
    subject_id  UUID,
    sender      TEXT,
    subject     TEXT,
    size_bytes  INTEGER     NOT NULL,
    raw         BYTEA       NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX inbound_received ON mail.inbound (received_at DESC, id);
CREATE INDEX inbound_subject ON mail.inbound (subject_id) WHERE subject_id IS NOT NULL;
CREATE INDEX inbound_message ON mail.inbound (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX inbound_sender ON mail.inbound (lower(sender)) WHERE sender IS NOT NULL;
