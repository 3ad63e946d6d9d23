-- Ideas for a participatory budget (issue 20) are proposals written for one of its envelopes: supported, commented
-- on, moderated and shared as every proposal is. The proposals' lists keep free-standing proposals only
-- (envelope_id IS NULL), so the listing indexes of V18 take the column, to keep counting and paging from the index
-- alone; a budget's ideas are listed from their own index.
ALTER TABLE proposal ADD COLUMN envelope_id BIGINT;
ALTER TABLE proposal ADD COLUMN estimated_cost BIGINT;
ALTER TABLE proposal ADD CONSTRAINT fk_proposal_envelope FOREIGN KEY (envelope_id) REFERENCES budget_envelope (id);
ALTER TABLE proposal ADD CONSTRAINT ck_proposal_estimate CHECK (estimated_cost IS NULL OR estimated_cost > 0);

DROP INDEX ix_proposal_listing;
DROP INDEX ix_proposal_listing_votes;
DROP INDEX ix_proposal_listing_comments;
CREATE INDEX ix_proposal_listing ON proposal (published_at DESC, id DESC, status, hidden_at, envelope_id, theme_id,
    district_id);
CREATE INDEX ix_proposal_listing_votes ON proposal (votes_for DESC, published_at DESC, id DESC, status, hidden_at,
    envelope_id, theme_id, district_id);
CREATE INDEX ix_proposal_listing_comments ON proposal (comment_count DESC, published_at DESC, id DESC, status,
    hidden_at, envelope_id, theme_id, district_id);
CREATE INDEX ix_proposal_envelope ON proposal (envelope_id, published_at DESC, id DESC);
