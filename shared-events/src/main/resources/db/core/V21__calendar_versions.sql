-- Calendars are edited by admins with optimistic concurrency (ETag / If-Match, like tickets): each change of a calendar
-- counts its version up by one (created = 1).
ALTER TABLE directory.business_calendar ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
