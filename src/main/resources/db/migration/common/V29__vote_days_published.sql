-- Issue 19 (5): vote data leaves for open data by closed day, never as it happens. A daily line's changed_at is now
-- when it was published (once its day is over in the town's time zone), NULL while the day is open; a vote no longer
-- writes it. The line also tells which side a vote left (changed or withdrawn), so that a proposal's support can be
-- rebuilt day by day: FOR at the end of a day = sum of (votes_for - for_removed) up to it.
ALTER TABLE vote_day ADD COLUMN for_removed INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE vote_day ADD COLUMN against_removed INTEGER DEFAULT 0 NOT NULL;

-- The tallies open data publishes: the votes of the days published so far (the live ones, votes_for and
-- votes_against, stay for the portal's pages). A vote writes the row without changing changed_at; vote_writes counts
-- the writes that only votes made, so that open data's validators can leave them out.
ALTER TABLE proposal ADD COLUMN public_votes_for INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE proposal ADD COLUMN public_votes_against INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE proposal ADD COLUMN vote_writes BIGINT DEFAULT 0 NOT NULL;

-- What was counted before this version was published as it happened: it stays published, and the tallies it made
-- are the published ones (which side a withdrawal left before now is not known: for_removed and against_removed 0).
UPDATE vote_day SET changed_at = CURRENT_TIMESTAMP WHERE changed_at IS NULL;
UPDATE proposal SET public_votes_for = votes_for, public_votes_against = votes_against;
