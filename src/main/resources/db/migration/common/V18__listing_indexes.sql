-- The proposal list at city scale (30,000 proposals and more). Its queries filter on status <> 'DRAFT' and
-- hidden_at IS NULL, which no equality index serves, so PostgreSQL read the whole table (23 MB) twice per page:
-- 40 ms for the count, 40 ms for the sorted page. With these, each sort walks its index from the top and stops
-- after a page (0.3 ms), and the count reads the first index instead of the table (bench/city.sh,
-- docs/performance.md). The filter columns are in the indexes so that a theme or a district needs no table read
-- to be skipped.
CREATE INDEX ix_proposal_listing ON proposal (published_at DESC, id DESC, status, hidden_at, theme_id, district_id);
CREATE INDEX ix_proposal_listing_votes ON proposal (votes_for DESC, published_at DESC, id DESC, status, hidden_at,
    theme_id, district_id);
CREATE INDEX ix_proposal_listing_comments ON proposal (comment_count DESC, published_at DESC, id DESC, status,
    hidden_at, theme_id, district_id);
