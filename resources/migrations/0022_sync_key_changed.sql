-- Conflicts gain 'key_changed', a notice rather than a refusal: the server gave one of the
-- desk's rows another code or number (a purchase order's po_no "-2", the next free package
-- number) because another desk's row had the same one first. The row itself was taken whole;
-- the new value is in server_fields, and a person checks whether the two rows are one.

CREATE TABLE sync_conflicts_new (
    id              INTEGER PRIMARY KEY,
    change_id       TEXT UNIQUE,
    kind            TEXT NOT NULL
        CHECK (kind IN ('deleted_remotely', 'refused', 'apply_failed', 'status_refused',
                        'key_changed')),
    table_name      TEXT NOT NULL,
    row_id          TEXT NOT NULL,
    local_fields    TEXT,
    server_revision INTEGER NOT NULL DEFAULT 0,
    detail          TEXT,
    detected_at     TEXT NOT NULL,
    resolved_at     TEXT,
    server_fields   TEXT
);
INSERT INTO sync_conflicts_new (id, change_id, kind, table_name, row_id, local_fields,
                                server_revision, detail, detected_at, resolved_at, server_fields)
    SELECT id, change_id, kind, table_name, row_id, local_fields, server_revision, detail,
           detected_at, resolved_at, server_fields FROM sync_conflicts;
DROP TABLE sync_conflicts;
ALTER TABLE sync_conflicts_new RENAME TO sync_conflicts;
CREATE INDEX sync_conflicts_open ON sync_conflicts(id) WHERE resolved_at IS NULL;
