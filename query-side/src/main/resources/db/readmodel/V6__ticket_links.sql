-- Merge, undo and split (issue 10). Rebuildable by replay like every read model; no personal data.

-- How tickets point at each other, one row per link and side. relation, seen from ticket_id:
--   merged-into  ticket_id was merged into other_ticket_id (removed when the merge is undone)
--   merged-from  other_ticket_id was merged into ticket_id (removed when the merge is undone)
--   split-from   ticket_id was split from other_ticket_id
--   split-into   messages of ticket_id moved to the new ticket other_ticket_id
CREATE TABLE read_model.ticket_link (
    ticket_id       UUID        NOT NULL,
    relation        VARCHAR(16) NOT NULL CHECK (relation IN ('merged-into', 'merged-from', 'split-from', 'split-into')),
    other_ticket_id UUID        NOT NULL,
    other_number    BIGINT      NOT NULL,
    version         BIGINT      NOT NULL, -- ticket_id's version that made the link
    PRIMARY KEY (ticket_id, relation, other_ticket_id)
);

-- Messages a ticket's timeline shows that live in another ticket's history: those of a ticket merged into it
-- (relation 'merged'; removed when the merge is undone) and those split off into it (relation 'split'). The message
-- itself stays in read_model.ticket_message under its own ticket; a split-off message shows there as moved.
CREATE TABLE read_model.ticket_message_link (
    ticket_id        UUID       NOT NULL,
    message_id       UUID       NOT NULL,
    origin_ticket_id UUID       NOT NULL,
    origin_number    BIGINT     NOT NULL,
    relation         VARCHAR(8) NOT NULL CHECK (relation IN ('merged', 'split')),
    version          BIGINT     NOT NULL, -- ticket_id's version that linked it
    PRIMARY KEY (ticket_id, message_id)
);
CREATE INDEX ticket_message_link_message ON read_model.ticket_message_link (message_id);
