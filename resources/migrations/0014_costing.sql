-- Costing (单单清算): the cost lines of each order, each traced to the row it came from, and the
-- estimate made at signing. Money columns end in _fen; rates and quantities in _micros.

-- One cost of one order. Gathered lines (origin 'gathered') are rebuilt from their sources by
-- Hearth::Finance::CostLedger: issued and returned stock moves, reported operations at their
-- work center's rate, the re-makes of the order, the overhead rate. Fed lines (origin 'fed')
-- come from other modules as their bills are recorded: purchase orders, shipments (freight),
-- installation settlement. id is a name-based UUID of (order_id, kind, source_table,
-- source_id), so two desks that gather the same source write the same row. A cost that went
-- away (a cancelled operation) is a tombstone (deleted = 1), never removed.
-- via_order_id: the re-make order (补件) whose cost this is, charged_to whoever caused it.
CREATE TABLE cost_lines (
    id               TEXT PRIMARY KEY NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 0,
    hlc              TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    order_id         TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('material', 'hardware', 'labour', 'machine',
                                                   'bought_in', 'outsourcing', 'freight',
                                                   'installation', 'remake', 'overhead',
                                                   'other')),
    origin           TEXT NOT NULL CHECK (origin IN ('gathered', 'fed')),
    amount_fen       INTEGER NOT NULL,
    source_table     TEXT NOT NULL,
    source_id        TEXT NOT NULL,
    via_order_id     TEXT,
    charged_to       TEXT,
    description      TEXT,
    quantity_micros  INTEGER NOT NULL DEFAULT 0,
    unit             TEXT,
    unit_cost_micros INTEGER NOT NULL DEFAULT 0,
    occurred_at      TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (order_id, kind, source_table, source_id)
);
CREATE INDEX cost_lines_order ON cost_lines(order_id, occurred_at) WHERE deleted = 0;
CREATE INDEX cost_lines_source ON cost_lines(source_table, source_id);

-- The estimate of an order's cost, made once at signing from its exploded parts, hardware and
-- routings at standard costs and work center rates; made again only when asked.
CREATE TABLE order_estimates (
    id              TEXT PRIMARY KEY NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 0,
    hlc             TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    order_id        TEXT NOT NULL UNIQUE,
    material_fen    INTEGER NOT NULL DEFAULT 0,
    hardware_fen    INTEGER NOT NULL DEFAULT 0,
    labour_fen      INTEGER NOT NULL DEFAULT 0,
    machine_fen     INTEGER NOT NULL DEFAULT 0,
    outsourcing_fen INTEGER NOT NULL DEFAULT 0,
    overhead_fen    INTEGER NOT NULL DEFAULT 0,
    area_mm2        INTEGER NOT NULL DEFAULT 0,
    run_seconds     INTEGER NOT NULL DEFAULT 0,
    missing         TEXT,
    estimated_at    TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- Local, not synced: orders whose cost sources changed since their lines were gathered. The
-- triggers mark them as the moves and reports are written (also by sync); the ledger gathers
-- them and clears the mark.
CREATE TABLE cost_pending (
    order_id  TEXT PRIMARY KEY NOT NULL,
    marked_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER cost_pending_stock_move AFTER INSERT ON stock_moves
WHEN NEW.kind IN ('issue', 'return') AND (NEW.order_id IS NOT NULL
                                          OR NEW.work_order_id IS NOT NULL)
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    SELECT COALESCE(NEW.order_id, (SELECT order_id FROM work_orders
                                   WHERE id = NEW.work_order_id)),
           strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE COALESCE(NEW.order_id, (SELECT order_id FROM work_orders
                                  WHERE id = NEW.work_order_id)) IS NOT NULL
    ON CONFLICT (order_id) DO NOTHING;
END;

CREATE TRIGGER cost_pending_event AFTER INSERT ON production_events
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    SELECT order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM work_orders WHERE id = NEW.work_order_id
    ON CONFLICT (order_id) DO NOTHING;
END;

CREATE TRIGGER cost_pending_operation AFTER UPDATE OF status, run_seconds, setup_seconds,
                                                      quantity ON operations
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    SELECT order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM work_orders WHERE id = NEW.work_order_id
    ON CONFLICT (order_id) DO NOTHING;
END;
