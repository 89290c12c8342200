-- Sync: the server's copy of every synced row, stamped with the revision of its latest change,
-- and the change ids already applied. sync_rows is the change table kept compact: a pull after
-- revision N reads the rows whose latest change came after N, tombstones included, so a desk
-- offline for a week and a desk installed today catch up the same way. Tombstones are never
-- removed. scope_unit is the organisation unit whose users may see the row (row scope).

CREATE TABLE sync_rows (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    revision BIGINT NOT NULL UNIQUE,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL,
    scope_unit TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
);

CREATE INDEX sync_rows_scope ON sync_rows(scope_unit, revision);

CREATE TABLE sync_applied (
    change_id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    revision BIGINT NOT NULL,
    user_id TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
