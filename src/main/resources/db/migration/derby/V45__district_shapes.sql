-- A district's boundary (issue 21), uploaded by an administrator as GeoJSON: a proposal's pin proposes the district
-- that contains it, and the catalogue publishes the boundaries. Kept as the GeoJSON geometry (a Polygon or a
-- MultiPolygon, WGS 84), with its bounding box so that a point is tested only against the districts around it.
-- (PostgreSQL's twin of this file uses TEXT.)

CREATE TABLE district_shape (
    district_id BIGINT NOT NULL,
    geometry    CLOB(16M) NOT NULL,
    min_lat     DOUBLE PRECISION NOT NULL,
    min_lon     DOUBLE PRECISION NOT NULL,
    max_lat     DOUBLE PRECISION NOT NULL,
    max_lon     DOUBLE PRECISION NOT NULL,
    updated_at  TIMESTAMP NOT NULL,
    CONSTRAINT pk_district_shape PRIMARY KEY (district_id),
    CONSTRAINT fk_district_shape FOREIGN KEY (district_id) REFERENCES district (id)
);
