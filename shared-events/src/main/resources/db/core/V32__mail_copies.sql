-- A ticket's participants (CCs) get its public replies in Cc; erasure of one deletes the mail addressed to them.
ALTER TABLE mail.outbox ADD COLUMN cc TEXT[] NOT NULL DEFAULT '{}';
