-- Settings, local users, the audit trail and the sync outbox.
-- Conventions for every synced table: id is a UUID, revision is the server's revision (0 until
-- the server has it), hlc is the hybrid logical clock of the last change, deleted is a
-- tombstone. Columns ending in _micros hold exact decimals times 1,000,000; columns ending in
-- _fen hold money in the currency's minor unit. Times are UTC ISO 8601; dates are YYYY-MM-DD.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE users (
    id            TEXT PRIMARY KEY NOT NULL,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'planner', 'warehouse',
                                                 'finance', 'dealer')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    last_login_at TEXT
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    reason      TEXT
);
CREATE INDEX audit_log_row ON audit_log(row_id, id);

CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    change_id  TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    hlc        TEXT NOT NULL,
    payload    TEXT,
    created_at TEXT NOT NULL,
    sent_at    TEXT
);
CREATE INDEX outbox_unsent ON outbox(id) WHERE sent_at IS NULL;
