-- The version of the rule that caused a change (metadata causeVersion): a trigger's or automation's (and a routing
-- rule's or an SLA policy's) version when it acted, so the trail can say "via trigger <name> (version n)". Null for
-- causes without versions (macros) and for changes with no cause. A rebuild fills it from the events.
ALTER TABLE read_model.ticket_audit ADD COLUMN IF NOT EXISTS cause_version INT;
