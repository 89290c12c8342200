-- The natural keys (Sync::SyncTables::naturalKeys) that synced rows hold: the codes and numbers
-- a desk's UNIQUE indexes keep to one row (a purchase order's po_no, a supplier's code, a
-- package's number within its order). When two desks give two rows one key offline, the row
-- the server receives first keeps it and the other is given a free one ("-2" appended to a
-- code, the next free number within its parent), which its desk pulls back. key_column is the
-- column the server changes, key_scope the key's other columns as a JSON array ("[]" when it
-- has none), key_value the column's value as text. This replaces sync_order_numbers: the
-- numbers it held carry over, and ServerStore records the keys of every other row held when
-- this migration runs (the first holder of a key keeps it). A change whose row was given
-- another key keeps what it was told (key_changes: the new values and the sentence), so that a
-- desk that lost the answer and sends the change again hears it too.

CREATE TABLE sync_natural_keys (
    table_name TEXT NOT NULL,
    key_column TEXT NOT NULL,
    key_scope TEXT NOT NULL,
    key_value TEXT NOT NULL,
    row_id TEXT NOT NULL,
    PRIMARY KEY (table_name, key_column, key_scope, key_value)
);

CREATE INDEX sync_natural_keys_row ON sync_natural_keys(table_name, row_id);

INSERT INTO sync_natural_keys (table_name, key_column, key_scope, key_value, row_id)
    SELECT 'sales_orders', 'order_no', '[]', order_no, row_id FROM sync_order_numbers;

DROP TABLE sync_order_numbers;

ALTER TABLE sync_applied ADD COLUMN key_changes TEXT;
