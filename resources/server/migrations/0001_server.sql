-- The central server's schema, written once for SQLite and PostgreSQL: text ids (UUIDs), times
-- as ISO 8601 UTC text (they sort as they compare), flags as 0/1 integers, money in micros.
-- Statements end with a semicolon at the end of a line; the migrator splits there.

CREATE TABLE org_units (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES org_units(id),
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    user_name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    org_unit_id TEXT REFERENCES org_units(id),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    last_login_at TEXT
);

-- Failed sign-ins by the name typed (known or not), so that guessing slows down and then locks.
CREATE TABLE login_failures (
    user_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    not_before TEXT NOT NULL,
    locked_until TEXT
);

-- Only a hash of each token is kept; the token itself is shown once, to its owner.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
);

CREATE INDEX sessions_by_user ON sessions(user_id);

CREATE TABLE channel_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    org_unit_id TEXT REFERENCES org_units(id),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);

CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    order_no TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL,
    channel_order_no TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    total_micros BIGINT NOT NULL,
    line_count INTEGER NOT NULL,
    document TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    revision BIGINT NOT NULL,
    channel_key_id TEXT REFERENCES channel_keys(id),
    created_at TEXT NOT NULL,
    UNIQUE (channel, channel_order_no)
);

-- The first answer to each idempotency key of a channel key, given again to every repeat.
CREATE TABLE intake_requests (
    channel_key_id TEXT NOT NULL REFERENCES channel_keys(id),
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    order_id TEXT NOT NULL REFERENCES orders(id),
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (channel_key_id, idempotency_key)
);

INSERT INTO counters (name, value) VALUES ('order_no', 0);
INSERT INTO counters (name, value) VALUES ('revision', 0);
