-- The actor's role as recorded with each event (metadata actorRole: customer, agent, admin, integration, system).
-- Null on rows of events recorded before roles were; a rebuild fills it for every event that carries one.
ALTER TABLE read_model.ticket_audit ADD COLUMN actor_role VARCHAR(16);
