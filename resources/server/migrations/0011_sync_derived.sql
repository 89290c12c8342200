-- What the server derives from the rows it holds, kept where it can find it without reading
-- every row of a table. ServerStore fills both tables and the tracking events' keys from the
-- rows already held when this migration runs (fillDerived).
--
-- sync_order_lines: the order each order line names. After a push the server sums the live
-- lines of every order whose lines or total changed, and an order whose total_micros differs
-- from that sum is written again with the sum, as a change of the server's own that every desk
-- pulls (ServerSync::deriveOrderTotal).
--
-- sync_customer_waits: an order that named a customer the server did not hold yet, with the
-- revision the order had then. When the customer arrives (later in the same push or in a later
-- one) it follows those orders, first one first, as it follows an order that arrives after it.

CREATE TABLE sync_order_lines (
    line_id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL
);

CREATE INDEX sync_order_lines_order ON sync_order_lines(order_id);

CREATE TABLE sync_customer_waits (
    customer_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    revision BIGINT NOT NULL,
    PRIMARY KEY (customer_id, order_id)
);
