-- Custom fields customers may see on their tickets and fill in when they open one; all others stay staff-only.
ALTER TABLE directory.custom_field ADD COLUMN customer_visible BOOLEAN NOT NULL DEFAULT false;
