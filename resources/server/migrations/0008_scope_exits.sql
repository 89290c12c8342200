-- Rows that left a unit's scope: an order given to another dealer or store moves, with its
-- lines, tasks, work orders and the rest, to the new unit (sync_rows.scope_unit), and the old
-- unit's desks must drop their copies. Each move leaves one exit per row here, stamped with a
-- revision of the same series as sync_rows, so that a desk of the old unit pulls "gone" for the
-- row in revision order with its other changes (a row that comes back later arrives again with
-- a higher revision). Exits are kept, as tombstones are: a desk offline for a month still
-- learns that the rows left.

CREATE TABLE sync_scope_exits (
    revision BIGINT PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    scope_unit TEXT NOT NULL,
    hlc TEXT NOT NULL,
    left_at TEXT NOT NULL
);

CREATE INDEX sync_scope_exits_unit ON sync_scope_exits(scope_unit, revision);
