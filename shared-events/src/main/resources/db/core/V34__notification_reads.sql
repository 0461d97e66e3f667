-- What each agent has read of their notifications (read_model.agent_notification): one by one, and everything up to
-- a moment ("mark all read"). Not derived from events, so it survives a rebuild of the read models.
CREATE TABLE workspace.notification_read (
    agent_id        UUID        NOT NULL,
    notification_id UUID        NOT NULL,
    read_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (agent_id, notification_id)
);

CREATE TABLE workspace.notification_read_before (
    agent_id    UUID        PRIMARY KEY,
    read_before TIMESTAMPTZ NOT NULL
);
