-- Why the cause decided as it did (metadata causeReason): an assignment's "fewest open tickets: 2; Alan Turing has 4",
-- so a ticket's history answers "why was this assigned to me". The ticket-audit projection fills it for every event
-- that carries one.
ALTER TABLE read_model.ticket_audit ADD COLUMN cause_reason TEXT;
