-- "My activity" (#18): a person's own votes, newest first, read by an index rather than a scan of every vote (the
-- unique key leads with the proposal). Their proposals (ix_proposal_author) and comments (ix_comment_account) have one.
CREATE INDEX ix_vote_account ON vote (account_id, updated_at);
