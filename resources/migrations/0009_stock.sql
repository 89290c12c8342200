-- Stock: items, warehouses with their bins, lots, and stock kept as append-only moves. Balances
-- are derived from the moves: two summary tables kept by triggers in the same transaction as
-- each inserted move (also for moves that sync writes), and rebuildable from the moves at any
-- time (Hearth::Warehouse::StockBalance::rebuild). Quantities are _micros of the item's unit;
-- costs and values are _micros of yuan (the exact-decimal convention of 0001_base.sql).

-- Something kept in stock. pack_size_micros: the item is bought only in whole packs of this
-- quantity (a board in whole sheets, hinges in boxes of 50); 0 buys any quantity. Stock keeps
-- exact quantities either way.
CREATE TABLE items (
    id               TEXT PRIMARY KEY NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 0,
    hlc              TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    name_en          TEXT,
    kind             TEXT NOT NULL CHECK (kind IN ('board', 'edge_banding', 'hardware',
                                                   'bought_in', 'finished_package')),
    unit             TEXT NOT NULL CHECK (unit IN ('piece', 'set', 'm2', 'm', 'kg')),
    pack_size_micros INTEGER NOT NULL DEFAULT 0 CHECK (pack_size_micros >= 0),
    pack_name        TEXT,
    pack_name_en     TEXT,
    gtin             TEXT,
    material         TEXT,
    colour           TEXT,
    standard_cost_micros INTEGER NOT NULL DEFAULT 0,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX items_gtin ON items(gtin) WHERE gtin IS NOT NULL;
CREATE INDEX items_kind ON items(kind, code) WHERE deleted = 0;

CREATE TABLE warehouses (
    id         TEXT PRIMARY KEY NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    name_en    TEXT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- A place in a warehouse. code is what its label carries and a scanner reads, unique across
-- the site. kind: storage racks, the receiving dock, the production line side, the staging
-- area where an order's packages gather before loading (待发区), scrap.
CREATE TABLE bins (
    id           TEXT PRIMARY KEY NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 0,
    hlc          TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    warehouse_id TEXT NOT NULL REFERENCES warehouses(id),
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    name_en      TEXT,
    kind         TEXT NOT NULL DEFAULT 'storage'
        CHECK (kind IN ('storage', 'receiving', 'production', 'staging', 'scrap')),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX bins_warehouse ON bins(warehouse_id, code);

-- A batch of an item as its supplier marks it (GS1 AI 10), with its expiry (AI 17) if any.
CREATE TABLE lots (
    id         TEXT PRIMARY KEY NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    item_id    TEXT NOT NULL REFERENCES items(id),
    lot_no     TEXT NOT NULL,
    expires_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (item_id, lot_no)
);

-- One movement of goods (出入库), never changed once written: a mistake is put right by another
-- move. Goods leave from_bin_id and arrive in to_bin_id; a receipt has only a destination, an
-- issue or shipment only a source. quantity_micros is in the item's unit (copied to unit);
-- unit_cost_micros is the cost per unit the move was valued at and value_micros the value of
-- the goods moved (see movingaverage.h for the rounding). counted_micros is what a count found.
-- idempotency_key is unique: a repeated scan or a replayed sync writes nothing new.
-- order_id and work_order_id may name rows another desk has not synced yet: no foreign key.
CREATE TABLE stock_moves (
    id               TEXT PRIMARY KEY NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 0,
    hlc              TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
    idempotency_key  TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL CHECK (kind IN ('receive', 'issue', 'transfer', 'count',
                                                   'pack', 'ship', 'return')),
    item_id          TEXT NOT NULL REFERENCES items(id),
    lot_id           TEXT REFERENCES lots(id),
    from_bin_id      TEXT REFERENCES bins(id),
    to_bin_id        TEXT REFERENCES bins(id),
    quantity_micros  INTEGER NOT NULL CHECK (quantity_micros >= 0),
    unit             TEXT NOT NULL CHECK (unit IN ('piece', 'set', 'm2', 'm', 'kg')),
    unit_cost_micros INTEGER NOT NULL DEFAULT 0,
    value_micros     INTEGER NOT NULL DEFAULT 0,
    counted_micros   INTEGER,
    order_id         TEXT,
    work_order_id    TEXT,
    purchase_line_ref TEXT,
    scan_code        TEXT,
    user_name        TEXT NOT NULL,
    note             TEXT,
    created_at       TEXT NOT NULL,
    CHECK (CASE kind
               WHEN 'receive' THEN from_bin_id IS NULL AND to_bin_id IS NOT NULL
               WHEN 'return' THEN from_bin_id IS NULL AND to_bin_id IS NOT NULL
               WHEN 'issue' THEN from_bin_id IS NOT NULL AND to_bin_id IS NULL
               WHEN 'ship' THEN from_bin_id IS NOT NULL AND to_bin_id IS NULL
               WHEN 'transfer' THEN from_bin_id IS NOT NULL AND to_bin_id IS NOT NULL
               WHEN 'pack' THEN to_bin_id IS NOT NULL
               WHEN 'count' THEN (from_bin_id IS NULL) <> (to_bin_id IS NULL)
           END)
);
CREATE INDEX stock_moves_item ON stock_moves(item_id, created_at);
CREATE INDEX stock_moves_work_order ON stock_moves(work_order_id) WHERE work_order_id IS NOT NULL;
CREATE INDEX stock_moves_order ON stock_moves(order_id) WHERE order_id IS NOT NULL;

-- Append-only: sync may write a move again with the same values (and its revision), nothing
-- else may change or remove one.
CREATE TRIGGER stock_moves_no_change BEFORE UPDATE ON stock_moves
WHEN NEW.id IS NOT OLD.id OR NEW.idempotency_key IS NOT OLD.idempotency_key
    OR NEW.kind IS NOT OLD.kind OR NEW.item_id IS NOT OLD.item_id
    OR NEW.lot_id IS NOT OLD.lot_id OR NEW.from_bin_id IS NOT OLD.from_bin_id
    OR NEW.to_bin_id IS NOT OLD.to_bin_id OR NEW.quantity_micros IS NOT OLD.quantity_micros
    OR NEW.unit_cost_micros IS NOT OLD.unit_cost_micros
    OR NEW.value_micros IS NOT OLD.value_micros OR NEW.deleted IS NOT OLD.deleted
BEGIN
    SELECT RAISE(ABORT, 'stock moves are append-only: record a correcting move instead');
END;
CREATE TRIGGER stock_moves_no_delete BEFORE DELETE ON stock_moves
BEGIN
    SELECT RAISE(ABORT, 'stock moves are append-only: record a correcting move instead');
END;

-- Derived, local, not synced: quantity per item, bin and lot ('' for none) ...
CREATE TABLE stock_balances (
    item_id         TEXT NOT NULL,
    bin_id          TEXT NOT NULL,
    lot_id          TEXT NOT NULL DEFAULT '',
    quantity_micros INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, bin_id, lot_id)
) WITHOUT ROWID;
CREATE INDEX stock_balances_bin ON stock_balances(bin_id, item_id);

-- ... and quantity and value per item and warehouse, with the unit cost of the last goods that
-- came in from outside (a receipt, a return, a package made): what goods are valued at while
-- the warehouse holds none.
CREATE TABLE stock_values (
    item_id          TEXT NOT NULL,
    warehouse_id     TEXT NOT NULL,
    quantity_micros  INTEGER NOT NULL DEFAULT 0,
    value_micros     INTEGER NOT NULL DEFAULT 0,
    last_cost_micros INTEGER,
    PRIMARY KEY (item_id, warehouse_id)
) WITHOUT ROWID;

CREATE TRIGGER stock_moves_out AFTER INSERT ON stock_moves WHEN NEW.from_bin_id IS NOT NULL
BEGIN
    INSERT INTO stock_balances(item_id, bin_id, lot_id, quantity_micros)
    VALUES (NEW.item_id, NEW.from_bin_id, COALESCE(NEW.lot_id, ''), -NEW.quantity_micros)
    ON CONFLICT (item_id, bin_id, lot_id)
    DO UPDATE SET quantity_micros = quantity_micros - NEW.quantity_micros;
    INSERT INTO stock_values(item_id, warehouse_id, quantity_micros, value_micros)
    SELECT NEW.item_id, warehouse_id, -NEW.quantity_micros, -NEW.value_micros
    FROM bins WHERE id = NEW.from_bin_id
    ON CONFLICT (item_id, warehouse_id)
    DO UPDATE SET quantity_micros = quantity_micros - NEW.quantity_micros,
                  value_micros = value_micros - NEW.value_micros;
END;

CREATE TRIGGER stock_moves_in AFTER INSERT ON stock_moves WHEN NEW.to_bin_id IS NOT NULL
BEGIN
    INSERT INTO stock_balances(item_id, bin_id, lot_id, quantity_micros)
    VALUES (NEW.item_id, NEW.to_bin_id, COALESCE(NEW.lot_id, ''), NEW.quantity_micros)
    ON CONFLICT (item_id, bin_id, lot_id)
    DO UPDATE SET quantity_micros = quantity_micros + NEW.quantity_micros;
    INSERT INTO stock_values(item_id, warehouse_id, quantity_micros, value_micros,
                             last_cost_micros)
    SELECT NEW.item_id, warehouse_id, NEW.quantity_micros, NEW.value_micros,
           CASE WHEN NEW.from_bin_id IS NULL AND NEW.kind <> 'count'
                THEN NEW.unit_cost_micros END
    FROM bins WHERE id = NEW.to_bin_id
    ON CONFLICT (item_id, warehouse_id)
    DO UPDATE SET quantity_micros = quantity_micros + NEW.quantity_micros,
                  value_micros = value_micros + NEW.value_micros,
                  last_cost_micros = CASE WHEN NEW.from_bin_id IS NULL AND NEW.kind <> 'count'
                                          THEN NEW.unit_cost_micros
                                          ELSE last_cost_micros END;
END;
