-- Moderation: why an item is hidden (REPORTS: enough reports, waiting for a moderator; MODERATOR: a moderator's
-- decision, with a public reason; BLOCK: its author's account is blocked), and blocked accounts.

ALTER TABLE proposal ADD COLUMN hidden_cause VARCHAR(10);
ALTER TABLE proposal ADD COLUMN hidden_reason VARCHAR(500);
ALTER TABLE comment ADD COLUMN hidden_cause VARCHAR(10);
ALTER TABLE comment ADD COLUMN hidden_reason VARCHAR(500);
UPDATE proposal SET hidden_cause = 'REPORTS' WHERE hidden_at IS NOT NULL;
UPDATE comment SET hidden_cause = 'REPORTS' WHERE hidden_at IS NOT NULL;

ALTER TABLE account ADD COLUMN blocked_at TIMESTAMP;
ALTER TABLE account ADD COLUMN blocked_reason VARCHAR(500);

CREATE INDEX ix_proposal_hidden ON proposal (hidden_at);
CREATE INDEX ix_comment_account ON comment (account_id);
