-- AutoCRM's own SLA records (policy applied, clocks, warnings, breaches, fulfilments) no longer count as an update of
-- the ticket: the Ticket aggregate's "updated at", which automations' "hours since updated" conditions test, moves
-- with the changes of people and rules only. Snapshots hold the old value; drop the tickets' snapshots so the next
-- load replays their events (the read models' "updated" follows on a rebuild, or the ticket's next change).
DELETE FROM events.snapshot_event_entry WHERE type IN ('Ticket', 'io.autocrm.command.ticket.Ticket');
