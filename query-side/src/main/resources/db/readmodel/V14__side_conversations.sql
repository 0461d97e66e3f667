-- Side conversations (docs/adr/019): threads by mail between agents and people outside a ticket, agents only.
-- Subjects and bodies are in pii.ticket_content (kinds side-subject, side-message); contacts in pii.customer.
CREATE TABLE read_model.side_conversation (
    conversation_id UUID         PRIMARY KEY,
    ticket_id       UUID         NOT NULL,
    state           VARCHAR(8)   NOT NULL CHECK (state IN ('open', 'closed')),
    author_type     VARCHAR(16)  NOT NULL,
    author_id       VARCHAR(255),
    started_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX side_conversation_ticket ON read_model.side_conversation (ticket_id, started_at);

-- Its messages: out (an agent wrote, to recipient_ids) or in (an answer from author_id, a contact).
CREATE TABLE read_model.side_message (
    message_id      UUID         PRIMARY KEY,
    conversation_id UUID         NOT NULL,
    ticket_id       UUID         NOT NULL,
    direction       VARCHAR(3)   NOT NULL CHECK (direction IN ('out', 'in')),
    author_type     VARCHAR(16)  NOT NULL,
    author_id       VARCHAR(255),
    recipient_ids   UUID[]       NOT NULL DEFAULT '{}',
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX side_message_ticket ON read_model.side_message (ticket_id, created_at);
