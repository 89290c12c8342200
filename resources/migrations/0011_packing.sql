-- Packages (包件) of an order and what each one holds, for packing, staging, loading and the
-- completeness gate (齐套). An order's packages are numbered 1..count ("n of N") when they are
-- planned (Hearth::Warehouse::PackPlanner); packing follows the plan, a scan at a time.
-- order_id, work_order_id and the part or hardware ids may name rows another desk has not
-- synced yet: no foreign keys to them.

-- One box of an order. status: planned (nothing packed), open (being filled), closed (all its
-- lines packed, label printed), staged (scanned into a staging bin, 待发区), loaded (on a
-- truck). bin_id is the staging bin; load_ref names the truck load it left on.
-- weight_grams is the planner's estimate from the panels' sizes.
CREATE TABLE packages (
    id            TEXT PRIMARY KEY NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 0,
    hlc           TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    order_id      TEXT NOT NULL,
    number        INTEGER NOT NULL CHECK (number >= 1),
    count         INTEGER NOT NULL CHECK (count >= number),
    status        TEXT NOT NULL CHECK (status IN ('planned', 'open', 'closed', 'staged',
                                                  'loaded')),
    task_key      TEXT,
    weight_grams  INTEGER NOT NULL DEFAULT 0 CHECK (weight_grams >= 0),
    bin_id        TEXT REFERENCES bins(id),
    load_ref      TEXT,
    closed_at     TEXT,
    staged_at     TEXT,
    loaded_at     TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX packages_number ON packages(order_id, number) WHERE deleted = 0;
CREATE INDEX packages_status ON packages(status, order_id) WHERE deleted = 0;

-- What a package holds: a panel (order_parts, quantity in whole pieces) or a hardware or
-- bought-in line (order_hardware, quantity in its unit), both as _micros. packed_micros is
-- what was scanned in so far; a line is packed when it equals quantity_micros.
CREATE TABLE package_items (
    id              TEXT PRIMARY KEY NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 0,
    hlc             TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    package_id      TEXT NOT NULL REFERENCES packages(id),
    order_id        TEXT NOT NULL,
    part_id         TEXT,
    hardware_id     TEXT,
    quantity_micros INTEGER NOT NULL CHECK (quantity_micros > 0),
    packed_micros   INTEGER NOT NULL DEFAULT 0
        CHECK (packed_micros >= 0 AND packed_micros <= quantity_micros),
    packed_at       TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((part_id IS NULL) <> (hardware_id IS NULL))
);
CREATE INDEX package_items_package ON package_items(package_id) WHERE deleted = 0;
CREATE INDEX package_items_part ON package_items(part_id) WHERE part_id IS NOT NULL;
CREATE INDEX package_items_hardware ON package_items(hardware_id)
    WHERE hardware_id IS NOT NULL;
CREATE INDEX package_items_order ON package_items(order_id) WHERE deleted = 0;
