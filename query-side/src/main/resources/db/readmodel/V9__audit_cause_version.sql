-- The version of the cause when it acted (metadata causeVersion): a routing rule's or a policy's, so the trail can say
-- "via rule <name> v3". Null for causes without versions (macros) and for changes with no cause.
ALTER TABLE read_model.ticket_audit ADD COLUMN cause_version INT;
