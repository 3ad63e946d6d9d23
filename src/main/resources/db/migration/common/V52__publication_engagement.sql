-- What the town's posts achieved (issue 22): the likes, reposts and replies of each post published through Civitas,
-- read back from its network while the post is recent (EngagementRefresh), with when they were read and, when the
-- network would not say, why. Empty until first read.
ALTER TABLE publication ADD COLUMN likes INTEGER;
ALTER TABLE publication ADD COLUMN reposts INTEGER;
ALTER TABLE publication ADD COLUMN replies INTEGER;
ALTER TABLE publication ADD COLUMN engagement_at TIMESTAMP;
ALTER TABLE publication ADD COLUMN engagement_error VARCHAR(300);
CREATE INDEX ix_publication_engagement ON publication (state, engagement_at);
