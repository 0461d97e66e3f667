-- Agents' notifications (the workspace's bell), derived from ticket events: a rebuild makes the same rows (an id
-- follows from its event's id, its time is the event's). Whether one was read is the agent's own doing, kept outside
-- the read models (workspace.notification_read), so a rebuild never marks anything unread again.
CREATE TABLE read_model.notification_ticket (
    ticket_id   UUID   PRIMARY KEY,
    number      BIGINT NOT NULL,
    assignee_id UUID
);

CREATE TABLE read_model.agent_notification (
    id            UUID         PRIMARY KEY,
    agent_id      UUID         NOT NULL,
    kind          VARCHAR(24)  NOT NULL CHECK (kind IN ('assigned', 'customer-message', 'side-answer')),
    ticket_id     UUID         NOT NULL,
    ticket_number BIGINT       NOT NULL,
    actor_type    VARCHAR(16),
    actor_id      VARCHAR(255),
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX agent_notification_agent ON read_model.agent_notification (agent_id, created_at DESC, id DESC);
