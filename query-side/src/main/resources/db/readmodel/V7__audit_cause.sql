-- What, besides the actor, caused each change (metadata causeType, causeId, causeName): a macro an agent applied,
-- with its name when applied, so the trail can say "via macro <name>". Null when nothing but the actor did; a rebuild
-- fills them for every event that carries a cause.
ALTER TABLE read_model.ticket_audit ADD COLUMN cause_type VARCHAR(32),
                                    ADD COLUMN cause_id   VARCHAR(64),
                                    ADD COLUMN cause_name TEXT;
