-- Teams, skills, agent status and the assignment engine (issue 11, docs/adr/016-assignment-engine.md).

-- The skills catalog: admin-defined; a ticket's required skills name these keys (ticket.Skills.KEY).
CREATE TABLE directory.skill (
    key        VARCHAR(64) PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9-]{0,63}$'),
    label      TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- An agent's skills with their level: 1 (basic), 2 (good), 3 (expert).
CREATE TABLE directory.agent_skill (
    agent_id  UUID        NOT NULL REFERENCES directory.agent (id) ON DELETE CASCADE,
    skill_key VARCHAR(64) NOT NULL REFERENCES directory.skill (key) ON DELETE CASCADE,
    level     SMALLINT    NOT NULL CHECK (level BETWEEN 1 AND 3),
    PRIMARY KEY (agent_id, skill_key)
);

-- capacity: how many open tickets of their own the engine gives an agent at most. status: set by the agent in the
-- workspace; only online agents receive routed work. status_since: when it last changed.
ALTER TABLE directory.agent ADD COLUMN capacity     INT         NOT NULL DEFAULT 10 CHECK (capacity BETWEEN 0 AND 1000),
                            ADD COLUMN status       VARCHAR(16) NOT NULL DEFAULT 'offline'
                                CHECK (status IN ('online', 'away', 'offline')),
                            ADD COLUMN status_since TIMESTAMPTZ NOT NULL DEFAULT now();

-- A team's focus (what it handles) and how the engine assigns its tickets among its members.
ALTER TABLE directory.team ADD COLUMN focus             TEXT        NOT NULL DEFAULT '',
                           ADD COLUMN assignment_method VARCHAR(16) NOT NULL DEFAULT 'least-busy'
                               CHECK (assignment_method IN ('round-robin', 'least-busy', 'balanced'));

CREATE TABLE directory.team_member (
    team_id  UUID NOT NULL REFERENCES directory.team (id) ON DELETE CASCADE,
    agent_id UUID NOT NULL REFERENCES directory.agent (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, agent_id)
);
CREATE INDEX team_member_agent ON directory.team_member (agent_id);

-- The assignment engine's own state, kept by its processor (processing group "assignment") from the events, in the
-- same transaction as its token; never the query side's read models. One row per ticket: what assignment needs.
CREATE SCHEMA IF NOT EXISTS assignment;
CREATE TABLE assignment.ticket (
    ticket_id       UUID        PRIMARY KEY,
    -- the aggregate version (sequence number) of the last event folded in: the engine's commands expect it
    version         BIGINT      NOT NULL,
    team_id         UUID,
    assignee_id     UUID,
    -- 3 urgent, 2 high, 1 normal, 0 low: the waiting queue serves the highest first, then the oldest
    priority_rank   SMALLINT    NOT NULL,
    open            BOOLEAN     NOT NULL,
    required_skills JSONB       NOT NULL DEFAULT '[]',
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX assignment_ticket_waiting ON assignment.ticket (team_id, priority_rank DESC, created_at)
    WHERE open AND assignee_id IS NULL AND team_id IS NOT NULL;
CREATE INDEX assignment_ticket_assignee ON assignment.ticket (assignee_id) WHERE open AND assignee_id IS NOT NULL;

-- When each agent was last given a ticket (longest idle first), overall and per team (round robin's rotation).
CREATE TABLE assignment.agent_turn (
    agent_id         UUID        PRIMARY KEY,
    last_assigned_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE assignment.member_turn (
    team_id          UUID        NOT NULL,
    agent_id         UUID        NOT NULL,
    last_assigned_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (team_id, agent_id)
);

-- The engine's processor keeps its token here, beside its state, not with the read models: a read-model rebuild drops
-- read_model.token_entry, and must not make the engine fold every event into its state a second time.
CREATE TABLE assignment.token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
