-- A place for a proposal or a budget idea (issue 21): a pin (WGS 84 latitude and longitude, as the national address
-- base and the map give them) and the address it was found at or typed as. Both coordinates or neither. The map of
-- the list groups pins by squares of the visible area, which reads them through this index.
ALTER TABLE proposal ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE proposal ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE proposal ADD COLUMN place_label VARCHAR(200);
ALTER TABLE proposal ADD CONSTRAINT ck_proposal_place CHECK ((latitude IS NULL AND longitude IS NULL)
    OR (latitude IS NOT NULL AND longitude IS NOT NULL AND latitude BETWEEN -90 AND 90
        AND longitude BETWEEN -180 AND 180));
CREATE INDEX ix_proposal_place ON proposal (latitude, longitude);
