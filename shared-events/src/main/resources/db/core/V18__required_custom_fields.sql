-- Custom fields that must have a value before a ticket is solved or closed, and (when customer-visible) when a
-- customer opens a ticket. Inactive fields never count.
ALTER TABLE directory.custom_field ADD COLUMN required BOOLEAN NOT NULL DEFAULT false;
