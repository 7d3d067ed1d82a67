-- Nadzor project schema, version 1.
-- Applied by nadzor::store::SchemaManager inside one transaction together with
-- PRAGMA application_id and PRAGMA user_version = 1. No BEGIN/COMMIT here.
--
-- Conventions: times are UTC ISO 8601 text with milliseconds ("2024-05-01T10:20:30.123Z"),
-- dates are "yyyy-MM-dd", unset text and numbers are NULL. Ids use AUTOINCREMENT so that an id
-- is never reused and journal entries name one row for the life of the file.

-- Facts about the project file itself (who created it, with which version).
CREATE TABLE project_info (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

-- A place where cameras hang.
CREATE TABLE site (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    lon         REAL NOT NULL CHECK (lon BETWEEN -180.0 AND 180.0),
    lat         REAL NOT NULL CHECK (lat BETWEEN -90.0 AND 90.0),
    address     TEXT,
    description TEXT,
    import_id   INTEGER,          -- journal.id of the import that created the row; NULL if added by hand
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL
);
CREATE INDEX site_import ON site(import_id) WHERE import_id IS NOT NULL;

-- The spatial index. Cameras have no position of their own: a camera stands at its site, so
-- this R*Tree over site positions is also the camera position index. The triggers below keep it
-- in step with every insert, update and delete of a site, whatever code path makes the change.
-- (R*Tree boxes are 32-bit floats rounded outwards; queries re-check site.lon/lat exactly.)
CREATE VIRTUAL TABLE site_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);

CREATE TRIGGER site_rtree_insert AFTER INSERT ON site BEGIN
    INSERT INTO site_rtree (id, min_lon, max_lon, min_lat, max_lat)
    VALUES (NEW.id, NEW.lon, NEW.lon, NEW.lat, NEW.lat);
END;

CREATE TRIGGER site_rtree_update AFTER UPDATE OF id, lon, lat ON site BEGIN
    DELETE FROM site_rtree WHERE id = OLD.id;
    INSERT INTO site_rtree (id, min_lon, max_lon, min_lat, max_lat)
    VALUES (NEW.id, NEW.lon, NEW.lon, NEW.lat, NEW.lat);
END;

CREATE TRIGGER site_rtree_delete AFTER DELETE ON site BEGIN
    DELETE FROM site_rtree WHERE id = OLD.id;
END;

-- A camera; the OSM keys are named beside their columns.
CREATE TABLE camera (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid              TEXT NOT NULL UNIQUE,
    site_id           INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE,
    surveillance      TEXT,      -- surveillance
    surveillance_type TEXT,      -- surveillance:type
    surveillance_zone TEXT,      -- surveillance:zone
    camera_type       TEXT,      -- camera:type
    camera_mount      TEXT,      -- camera:mount
    direction         TEXT,      -- camera:direction, raw OSM text
    angle             REAL,      -- camera:angle
    tilt              REAL,      -- camera:tilt
    height            REAL,      -- height
    operator          TEXT,      -- operator
    manufacturer      TEXT,      -- manufacturer
    model             TEXT,      -- model
    face_recognition  TEXT NOT NULL DEFAULT 'unknown'
                      CHECK (face_recognition IN ('unknown', 'no', 'suspected', 'confirmed')),
    status            TEXT NOT NULL DEFAULT 'unverified'
                      CHECK (status IN ('unverified', 'verified', 'disputed', 'removed')),
    reviewed_by       TEXT,
    reviewed_at       TEXT,
    observed          TEXT,
    source            TEXT,
    notes             TEXT,
    tags              TEXT CHECK (tags IS NULL OR json_valid(tags)),  -- JSON object; NULL when empty
    import_id         INTEGER,   -- journal.id of the import that created the row
    created           TEXT NOT NULL,
    modified          TEXT NOT NULL
);
CREATE INDEX camera_site ON camera(site_id);

-- A photo, stored inside the project with its metadata stripped; it belongs to exactly one of a
-- site or a camera.
CREATE TABLE photo (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid      TEXT NOT NULL UNIQUE,
    site_id   INTEGER REFERENCES site(id) ON DELETE CASCADE,
    camera_id INTEGER REFERENCES camera(id) ON DELETE CASCADE,
    file_name TEXT,
    mime_type TEXT NOT NULL,
    width     INTEGER NOT NULL CHECK (width > 0),
    height    INTEGER NOT NULL CHECK (height > 0),
    data      BLOB NOT NULL,
    added     TEXT NOT NULL,
    CHECK ((site_id IS NULL) <> (camera_id IS NULL))
);
CREATE INDEX photo_site ON photo(site_id);
CREATE INDEX photo_camera ON photo(camera_id);

-- Boundary layers (municipalities with their figures).
CREATE TABLE boundary_layer (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    source      TEXT,
    attribution TEXT,
    created     TEXT NOT NULL
);

CREATE TABLE boundary (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    layer_id   INTEGER NOT NULL REFERENCES boundary_layer(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    code       TEXT,
    population INTEGER,
    area_km2   REAL,
    min_lon    REAL,              -- bounding box; NULL for an empty geometry
    min_lat    REAL,
    max_lon    REAL,
    max_lat    REAL,
    geometry   BLOB NOT NULL      -- ISO WKB MultiPolygon, little-endian, (lon, lat)
);
CREATE INDEX boundary_layer_id ON boundary(layer_id);

-- The edit journal: one row per user action, with the time (UTC), the author and JSON snapshots
-- of the affected rows before and after it: {"site": [row, ...], "camera": [...], "photo": [...]}
-- (photo rows without their bytes). Undo turns the "after" rows back into the "before" rows,
-- redo the reverse. Bulk actions (import, save_boundary_layer, delete_boundary_layer) keep no
-- per-row snapshots: their rows carry the entry's id (import_id) or are moved whole into the
-- undone_* tables below. `undone` marks entries that are undone; `discarded` marks undone entries
-- whose redo was given up because a new edit followed (they stay for the audit trail).
CREATE TABLE journal (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    author    TEXT NOT NULL,
    action    TEXT NOT NULL,
    summary   TEXT NOT NULL,
    before    TEXT CHECK (before IS NULL OR json_valid(before)),
    after     TEXT CHECK (after IS NULL OR json_valid(after)),
    undone    INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    discarded INTEGER NOT NULL DEFAULT 0 CHECK (discarded IN (0, 1)),
    undone_at TEXT,               -- the last undo of this entry: when and by whom
    undone_by TEXT,
    redone_at TEXT,               -- the last redo of this entry: when and by whom
    redone_by TEXT
);

-- Rows taken out of the live tables by a journal entry (deleted photos, an undone import, a
-- deleted boundary layer), kept whole so that undo/redo restores them exactly. Same columns as
-- the live table plus journal_id; a migration that adds a column to a live table adds it here.
CREATE TABLE undone_site (
    journal_id  INTEGER NOT NULL,
    id          INTEGER NOT NULL,
    uuid        TEXT NOT NULL,
    lon         REAL NOT NULL,
    lat         REAL NOT NULL,
    address     TEXT,
    description TEXT,
    import_id   INTEGER,
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL
);
CREATE INDEX undone_site_journal ON undone_site(journal_id);

CREATE TABLE undone_camera (
    journal_id        INTEGER NOT NULL,
    id                INTEGER NOT NULL,
    uuid              TEXT NOT NULL,
    site_id           INTEGER NOT NULL,
    surveillance      TEXT,
    surveillance_type TEXT,
    surveillance_zone TEXT,
    camera_type       TEXT,
    camera_mount      TEXT,
    direction         TEXT,
    angle             REAL,
    tilt              REAL,
    height            REAL,
    operator          TEXT,
    manufacturer      TEXT,
    model             TEXT,
    face_recognition  TEXT NOT NULL,
    status            TEXT NOT NULL,
    reviewed_by       TEXT,
    reviewed_at       TEXT,
    observed          TEXT,
    source            TEXT,
    notes             TEXT,
    tags              TEXT,
    import_id         INTEGER,
    created           TEXT NOT NULL,
    modified          TEXT NOT NULL
);
CREATE INDEX undone_camera_journal ON undone_camera(journal_id);

CREATE TABLE undone_photo (
    journal_id INTEGER NOT NULL,
    id         INTEGER NOT NULL,
    uuid       TEXT NOT NULL,
    site_id    INTEGER,
    camera_id  INTEGER,
    file_name  TEXT,
    mime_type  TEXT NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    data       BLOB NOT NULL,
    added      TEXT NOT NULL
);
CREATE INDEX undone_photo_journal ON undone_photo(journal_id);

CREATE TABLE undone_boundary_layer (
    journal_id  INTEGER NOT NULL,
    id          INTEGER NOT NULL,
    name        TEXT NOT NULL,
    source      TEXT,
    attribution TEXT,
    created     TEXT NOT NULL
);
CREATE INDEX undone_boundary_layer_journal ON undone_boundary_layer(journal_id);

CREATE TABLE undone_boundary (
    journal_id INTEGER NOT NULL,
    id         INTEGER NOT NULL,
    layer_id   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    code       TEXT,
    population INTEGER,
    area_km2   REAL,
    min_lon    REAL,
    min_lat    REAL,
    max_lon    REAL,
    max_lat    REAL,
    geometry   BLOB NOT NULL
);
CREATE INDEX undone_boundary_journal ON undone_boundary(journal_id);
