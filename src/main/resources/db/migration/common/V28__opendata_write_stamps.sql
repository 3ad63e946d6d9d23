-- Open data's answers dataset follows a proposal's history: changed_at there is when the proposal changed state (a
-- published fact), not when the row was last written. written_at and version are: set when the step is recorded,
-- and again when what the public sees of it changes (its proposal hidden or shown again, its official's account
-- deleted), so that the change feed brings it back and the dataset's validators change.
ALTER TABLE proposal_status_change ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE proposal_status_change ADD COLUMN written_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL;
UPDATE proposal_status_change SET written_at = changed_at;
CREATE INDEX ix_status_change_written ON proposal_status_change (written_at, id);
