-- Open data follows changes: changed_at is set whenever a row is written (JPA callbacks), so that
-- "?since=" finds what changed, and hidden or deleted rows become tombstones at that time.
-- answer.status_change_id links an official answer to the step of the history it made.

ALTER TABLE proposal ADD COLUMN changed_at TIMESTAMP;
UPDATE proposal SET changed_at = updated_at;
ALTER TABLE comment ADD COLUMN changed_at TIMESTAMP;
UPDATE comment SET changed_at = COALESCE(deleted_at, hidden_at, edited_at, created_at);
ALTER TABLE vote_day ADD COLUMN changed_at TIMESTAMP;
UPDATE vote_day SET changed_at = CURRENT_TIMESTAMP;
ALTER TABLE answer ADD COLUMN status_change_id BIGINT;

CREATE INDEX ix_proposal_changed ON proposal (changed_at, id);
CREATE INDEX ix_comment_changed ON comment (changed_at, id);
CREATE INDEX ix_vote_day_changed ON vote_day (changed_at, id);
