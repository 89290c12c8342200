-- The order number each synced sales order holds, so that two desks that numbered orders the
-- same way offline (before they were given their own series, or importing the same channel
-- file) never end with two orders of one number: the second one the server receives is given
-- the number with "-2" (then "-3", ...) appended, and its desk pulls the new number back. A
-- deleted order keeps its number. ServerStore fills the table from the orders already held
-- when this migration runs (the first holder of a number keeps it).

CREATE TABLE sync_order_numbers (
    order_no TEXT PRIMARY KEY,
    row_id TEXT NOT NULL
);

CREATE INDEX sync_order_numbers_row ON sync_order_numbers(row_id);
