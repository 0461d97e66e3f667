-- Side conversations (docs/adr/019): threads by mail between agents and people outside a ticket, agents only.

-- Their subjects and messages are ticket texts of their own kinds, so that nothing that reads a ticket's subject or
-- its public conversation (the customers' search among them) ever reads them.
ALTER TABLE pii.ticket_content DROP CONSTRAINT ticket_content_kind_check;
ALTER TABLE pii.ticket_content ADD CONSTRAINT ticket_content_kind_check
    CHECK (kind IN ('subject', 'message', 'side-subject', 'side-message'));

-- A side message to send: to recipient_ids (contacts), composed at its first attempt like a public reply.
ALTER TABLE mail.outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE mail.outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('account', 'public-reply', 'side-message'));
ALTER TABLE mail.outbox ADD COLUMN side_conversation_id UUID;
ALTER TABLE mail.outbox ADD COLUMN recipient_ids UUID[] NOT NULL DEFAULT '{}';

-- A side conversation's mail thread: the token of its own reply address (support+<token>@…).
CREATE TABLE mail.side_thread (
    conversation_id UUID        PRIMARY KEY,
    ticket_id       UUID        NOT NULL,
    reply_token     TEXT        NOT NULL UNIQUE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX side_thread_ticket ON mail.side_thread (ticket_id);

-- A Message-ID of a side conversation names it too: an answer to it goes back into the side thread.
ALTER TABLE mail.message_ref ADD COLUMN side_conversation_id UUID;

ALTER TABLE mail.inbound DROP CONSTRAINT inbound_state_check;
ALTER TABLE mail.inbound ADD CONSTRAINT inbound_state_check
    CHECK (state IN ('ticket-created', 'message-added', 'side-message-added', 'ignored', 'quarantined'));
CREATE INDEX message_ref_side ON mail.message_ref (side_conversation_id, created_at)
    WHERE side_conversation_id IS NOT NULL;
