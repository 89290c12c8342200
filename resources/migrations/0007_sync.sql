-- The desk's sync bookkeeping: where the last pull stopped, and the changes sync could not
-- carry out, kept for a person to resolve (an edit of a row deleted on another desk, a row
-- outside the user's scope, a pulled row the desk could not store).

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE sync_conflicts (
    id              INTEGER PRIMARY KEY,
    change_id       TEXT UNIQUE,
    kind            TEXT NOT NULL
        CHECK (kind IN ('deleted_remotely', 'refused', 'apply_failed')),
    table_name      TEXT NOT NULL,
    row_id          TEXT NOT NULL,
    local_fields    TEXT,
    server_revision INTEGER NOT NULL DEFAULT 0,
    detail          TEXT,
    detected_at     TEXT NOT NULL,
    resolved_at     TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(id) WHERE resolved_at IS NULL;
