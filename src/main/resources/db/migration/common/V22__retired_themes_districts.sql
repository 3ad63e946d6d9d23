-- Themes and districts set up from the administration pages: one may be retired (offered to nobody, its proposals
-- and their links kept) and come back.

ALTER TABLE theme ADD COLUMN retired_at TIMESTAMP;
ALTER TABLE district ADD COLUMN retired_at TIMESTAMP;
