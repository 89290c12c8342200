-- Sync merges field by field and carries more tables. The tables that joined sync without the
-- sync columns get them (revision 0 until the server has the row, an empty hlc for rows made
-- before this migration: any change is later). Conflicts gain 'status_refused', a status
-- change the order's process does not allow, kept with the server's fields for a person.
-- An outbox entry of an update names the fields the change touched (a JSON array), so that
-- push sends only those and two desks editing different fields of a row both keep theirs.

ALTER TABLE outbox ADD COLUMN changed TEXT;

ALTER TABLE task_comments ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_comments ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE task_comments ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_parts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_parts ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE order_parts ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_hardware ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_hardware ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE order_hardware ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE production_events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE production_events ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;

CREATE TABLE sync_conflicts_new (
    id              INTEGER PRIMARY KEY,
    change_id       TEXT UNIQUE,
    kind            TEXT NOT NULL
        CHECK (kind IN ('deleted_remotely', 'refused', 'apply_failed', 'status_refused')),
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
                                server_revision, detail, detected_at, resolved_at)
    SELECT id, change_id, kind, table_name, row_id, local_fields, server_revision, detail,
           detected_at, resolved_at FROM sync_conflicts;
DROP TABLE sync_conflicts;
ALTER TABLE sync_conflicts_new RENAME TO sync_conflicts;
CREATE INDEX sync_conflicts_open ON sync_conflicts(id) WHERE resolved_at IS NULL;
