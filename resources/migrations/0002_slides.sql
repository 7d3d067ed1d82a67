-- Nadzor project schema, version 2: slides, the saved views of a briefing.
-- Applied by nadzor::store::SchemaManager inside one transaction (no BEGIN/COMMIT here).
--
-- A slide is a view of the map created from what the map showed: where it looked (centre and
-- zoom, and the visible lon/lat box so another screen shows the same area), the layers that
-- were on and how, and the camera filter (a JSON array of `--filter` expressions). `position`
-- is the 0-based presentation order; the store keeps it dense (0..n-1). Slide edits are
-- journaled like other edits: the journal's before/after snapshots carry {"slide": [row, ...]}.
CREATE TABLE slide (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    position     INTEGER NOT NULL CHECK (position >= 0),
    title        TEXT NOT NULL,
    centre_lon   REAL NOT NULL CHECK (centre_lon BETWEEN -180.0 AND 180.0),
    centre_lat   REAL NOT NULL CHECK (centre_lat BETWEEN -90.0 AND 90.0),
    zoom         REAL NOT NULL CHECK (zoom BETWEEN 0.0 AND 24.0),
    west         REAL,            -- the visible box; all four NULL when unknown
    south        REAL,
    east         REAL,
    north        REAL,
    basemap      TEXT NOT NULL DEFAULT 'vector' CHECK (basemap IN ('vector', 'osm', 'mbtiles')),
    mbtiles      TEXT,            -- the MBTiles file for basemap 'mbtiles'
    boundaries   INTEGER NOT NULL DEFAULT 1 CHECK (boundaries IN (0, 1)),
    choropleth   INTEGER NOT NULL DEFAULT 1 CHECK (choropleth IN (0, 1)),
    metric       TEXT NOT NULL DEFAULT 'cameras_per_1000',
    heatmap      INTEGER NOT NULL DEFAULT 0 CHECK (heatmap IN (0, 1)),
    heatmap_radius REAL NOT NULL DEFAULT 500.0 CHECK (heatmap_radius > 0),
    cameras      INTEGER NOT NULL DEFAULT 1 CHECK (cameras IN (0, 1)),
    filter       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(filter)),
    created      TEXT NOT NULL,
    modified     TEXT NOT NULL
);
CREATE INDEX slide_position ON slide(position);
