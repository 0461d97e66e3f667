-- The files of each message (MessageAttachmentsAddedEvent), in the order they came; their names live in
-- files.attachment and go with an erasure. Analysts: size in bytes, content_type detected from the bytes.
CREATE TABLE read_model.message_attachment (
    attachment_id UUID        PRIMARY KEY,
    message_id    UUID        NOT NULL,
    ticket_id     UUID        NOT NULL,
    position      INTEGER     NOT NULL,
    size          BIGINT      NOT NULL,
    content_type  TEXT        NOT NULL,
    sha256        CHAR(64)    NOT NULL,
    inline        BOOLEAN     NOT NULL,
    version       BIGINT      NOT NULL
);
CREATE INDEX message_attachment_message ON read_model.message_attachment (message_id, position);
