-- Purchasing (采购): suppliers and what they sell at what price, purchase requisitions from the
-- split and from reorder points, purchase orders per supplier, suppliers' confirmations and
-- shipping notices, and the orders a supplier's delay puts at risk. Quantities are _micros of
-- the item's unit, prices and amounts _micros of yuan (the convention of 0001_base.sql), dates
-- are the site's calendar days (YYYY-MM-DD).

CREATE TABLE suppliers (
    id         TEXT PRIMARY KEY NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    name_en    TEXT,
    lead_days  INTEGER NOT NULL DEFAULT 0 CHECK (lead_days >= 0),
    contact    TEXT,
    phone      TEXT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- An item a supplier sells: its price per unit of the item and the pack it sells in
-- (0: the item's own pack rule). preferred picks the supplier of an item bought by reorder
-- point or for an order's hardware; without one, the lowest price.
CREATE TABLE supplier_items (
    id               TEXT PRIMARY KEY NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 0,
    hlc              TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    supplier_id      TEXT NOT NULL REFERENCES suppliers(id),
    item_id          TEXT NOT NULL REFERENCES items(id),
    price_micros     INTEGER NOT NULL CHECK (price_micros >= 0),
    pack_size_micros INTEGER NOT NULL DEFAULT 0 CHECK (pack_size_micros >= 0),
    supplier_sku     TEXT,
    preferred        INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (supplier_id, item_id)
);
CREATE INDEX supplier_items_item ON supplier_items(item_id) WHERE deleted = 0;

-- When stock of an item is short: on hand + on order - reserved below reorder_point asks
-- for reorder_quantity (from supplier_id, or the item's preferred supplier).
CREATE TABLE reorder_points (
    id                      TEXT PRIMARY KEY NOT NULL,
    revision                INTEGER NOT NULL DEFAULT 0,
    hlc                     TEXT NOT NULL,
    deleted                 INTEGER NOT NULL DEFAULT 0,
    item_id                 TEXT NOT NULL UNIQUE REFERENCES items(id),
    reorder_point_micros    INTEGER NOT NULL CHECK (reorder_point_micros >= 0),
    reorder_quantity_micros INTEGER NOT NULL CHECK (reorder_quantity_micros > 0),
    supplier_id             TEXT REFERENCES suppliers(id),
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);

CREATE TABLE purchase_orders (
    id           TEXT PRIMARY KEY NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 0,
    hlc          TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    po_no        TEXT NOT NULL UNIQUE,
    supplier_id  TEXT NOT NULL REFERENCES suppliers(id),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'cancelled')),
    ordered_on   TEXT NOT NULL,
    total_micros INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX purchase_orders_supplier ON purchase_orders(supplier_id, ordered_on);

-- One line of a purchase order: need_micros is what the requisitions asked for,
-- quantity_micros what is bought (whole packs), surplus_micros the difference that goes to
-- stock. The supplier's confirmation (confirmed_*) and shipping notice (shipped_*, asn_no,
-- expected_on) are kept as last imported; received_micros follows the receipts.
CREATE TABLE purchase_order_lines (
    id               TEXT PRIMARY KEY NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 0,
    hlc              TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    po_id            TEXT NOT NULL REFERENCES purchase_orders(id),
    line_no          INTEGER NOT NULL,
    item_id          TEXT REFERENCES items(id),
    description      TEXT NOT NULL,
    unit             TEXT NOT NULL CHECK (unit IN ('piece', 'set', 'm2', 'm', 'kg')),
    need_micros      INTEGER NOT NULL,
    quantity_micros  INTEGER NOT NULL CHECK (quantity_micros > 0),
    surplus_micros   INTEGER NOT NULL DEFAULT 0,
    packs            INTEGER NOT NULL DEFAULT 0,
    price_micros     INTEGER NOT NULL DEFAULT 0,
    amount_micros    INTEGER NOT NULL DEFAULT 0,
    needed_by        TEXT,
    confirmed_micros INTEGER,
    confirmed_on     TEXT,
    shipped_micros   INTEGER,
    asn_no           TEXT,
    expected_on      TEXT,
    received_micros  INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (po_id, line_no)
);
CREATE INDEX purchase_order_lines_item ON purchase_order_lines(item_id) WHERE deleted = 0;

-- What must be bought, and for which order. source_key names the demand once ("split:<task
-- id>:<order line id>", "hardware:<order id>:<item key>", "reorder:<item id>:<n>"), so that
-- collecting twice writes nothing new. po_line_id is set when a purchase order takes it.
CREATE TABLE purchase_requisitions (
    id              TEXT PRIMARY KEY NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 0,
    hlc             TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    source_key      TEXT NOT NULL UNIQUE,
    source          TEXT NOT NULL CHECK (source IN ('split', 'hardware', 'reorder')),
    order_id        TEXT,
    order_line_id   TEXT,
    task_id         TEXT,
    item_id         TEXT REFERENCES items(id),
    description     TEXT NOT NULL,
    supplier_id     TEXT NOT NULL REFERENCES suppliers(id),
    quantity_micros INTEGER NOT NULL CHECK (quantity_micros > 0),
    unit            TEXT NOT NULL CHECK (unit IN ('piece', 'set', 'm2', 'm', 'kg')),
    needed_by       TEXT,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'ordered',
                                                                   'cancelled')),
    po_line_id      TEXT REFERENCES purchase_order_lines(id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX purchase_requisitions_open ON purchase_requisitions(status, supplier_id);
CREATE INDEX purchase_requisitions_po_line ON purchase_requisitions(po_line_id)
    WHERE po_line_id IS NOT NULL;

-- An order a supplier's delay puts at risk (for the order's page and timeline): the purchase
-- order line, the day it is needed by and the day the supplier now gives.
CREATE TABLE order_risks (
    id         TEXT PRIMARY KEY NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    order_id   TEXT NOT NULL,
    po_line_id TEXT NOT NULL REFERENCES purchase_order_lines(id),
    source     TEXT NOT NULL CHECK (source IN ('confirmation', 'notice')),
    reason     TEXT NOT NULL,
    needed_by  TEXT NOT NULL,
    new_date   TEXT NOT NULL,
    task_id    TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (order_id, po_line_id, new_date)
);
CREATE INDEX order_risks_order ON order_risks(order_id) WHERE deleted = 0;
