-- Desks known to the server. Each desk registers once with an id it made itself and gets a
-- short desk code ("D01") that prefixes the order numbers it gives offline, so two desks never
-- give the same number. A repeated registration of the same desk id gets the same code.

CREATE TABLE desks (
    code TEXT PRIMARY KEY,
    desk_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    registered_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);

INSERT INTO counters (name, value) VALUES ('desk', 0);
