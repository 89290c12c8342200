-- Events that name themselves: a stock move and a receipt carry an idempotency key, so that the
-- same scan or the same payment recorded on two desks is one event. sync_event_keys holds the
-- key of every event row the server took, with the row that holds it; a pushed event whose key
-- another row holds already is answered as a duplicate of that row and not stored again.

CREATE TABLE sync_event_keys (
    table_name TEXT NOT NULL,
    event_key TEXT NOT NULL,
    row_id TEXT NOT NULL,
    PRIMARY KEY (table_name, event_key)
);
