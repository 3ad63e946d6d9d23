-- One outbox for everything the portal delivers outside itself (org.civitas.platform.outbox): mail gets the delivery
-- columns publications already had (state, claimed_at, last_status); a given-up mail is DEAD instead of failed_at.
ALTER TABLE mail_outbox ADD COLUMN state VARCHAR(10) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN claimed_at TIMESTAMP;
ALTER TABLE mail_outbox ADD COLUMN last_status INTEGER;
UPDATE mail_outbox SET state = 'SENT' WHERE sent_at IS NOT NULL;
UPDATE mail_outbox SET state = 'DEAD' WHERE failed_at IS NOT NULL AND sent_at IS NULL;
DROP INDEX ix_mail_outbox_due;
ALTER TABLE mail_outbox DROP COLUMN failed_at;
CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at);
