-- Production: work centers and their calendars, routings, the work orders a split creates with
-- their operations, the plan the scheduler makes, and progress reported from the shop floor.
-- Times are UTC ISO 8601 instants; due dates are plain dates and never pass through a zone.

-- A calendar of its own for a work center (a night shift, a site in another zone). Hours are
-- "HH:MM-HH:MM" spans, comma separated; a span whose end is not after its start runs past
-- midnight into the next day. Work centers without one use the site's calendar.
CREATE TABLE work_calendars (
    id           TEXT PRIMARY KEY NOT NULL,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    name_en      TEXT,
    time_zone    TEXT NOT NULL,
    working_days TEXT NOT NULL,
    hours        TEXT NOT NULL,
    -- Whether the site's public holidays and make-up days (calendar_days) apply under the
    -- calendar's own days.
    site_holidays INTEGER NOT NULL DEFAULT 1 CHECK (site_holidays IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- Days that differ from a work calendar's week: a holiday (no hours), a shortened day, or
-- overtime (extra hours, also on a weekend). hours = '' means no working time that day.
CREATE TABLE work_calendar_days (
    calendar_id TEXT NOT NULL REFERENCES work_calendars(id),
    day         TEXT NOT NULL,
    hours       TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (calendar_id, day)
);

-- A machine group or station: how many run in parallel, the setup it needs, and whether that
-- setup depends on the material and colour of the job before (a saw or edge bander changing
-- board or tape).
CREATE TABLE work_centers (
    id                     TEXT PRIMARY KEY NOT NULL,
    revision               INTEGER NOT NULL DEFAULT 0,
    hlc                    TEXT NOT NULL,
    deleted                INTEGER NOT NULL DEFAULT 0,
    code                   TEXT NOT NULL UNIQUE,
    name                   TEXT NOT NULL,
    name_en                TEXT,
    kind                   TEXT NOT NULL CHECK (kind IN ('cutting', 'edging', 'boring', 'sorting',
                                                         'assembly', 'painting', 'packing',
                                                         'outsourced', 'other')),
    unit_id                TEXT REFERENCES org_units(id),
    capacity               INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 1),
    calendar_id            TEXT REFERENCES work_calendars(id),
    setup_seconds          INTEGER NOT NULL DEFAULT 0 CHECK (setup_seconds >= 0),
    changeover_seconds     INTEGER NOT NULL DEFAULT 0 CHECK (changeover_seconds >= 0),
    setup_by_material      INTEGER NOT NULL DEFAULT 0 CHECK (setup_by_material IN (0, 1)),
    rate_fen_per_hour      INTEGER NOT NULL DEFAULT 0,
    active                 INTEGER NOT NULL DEFAULT 1,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);

-- The operations a product type goes through, in order. Run time per part and per m² (both
-- may apply); setup once per work order on that work center.
-- A work order takes the routing of its workshop whose product_types (comma-separated split
-- rule or cabinet template ids) name its product, else the workshop's routing with none.
CREATE TABLE routings (
    id         TEXT PRIMARY KEY NOT NULL,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    name_en    TEXT,
    workshop   TEXT,
    product_types TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE routing_steps (
    routing_id          TEXT NOT NULL REFERENCES routings(id),
    seq                 INTEGER NOT NULL,
    work_center_id      TEXT NOT NULL REFERENCES work_centers(id),
    name                TEXT NOT NULL,
    name_en             TEXT,
    run_seconds_per_part INTEGER NOT NULL DEFAULT 0 CHECK (run_seconds_per_part >= 0),
    run_seconds_per_m2  INTEGER NOT NULL DEFAULT 0 CHECK (run_seconds_per_m2 >= 0),
    setup_seconds       INTEGER NOT NULL DEFAULT 0 CHECK (setup_seconds >= 0),
    PRIMARY KEY (routing_id, seq)
);

-- What one workshop makes for one order (or a re-make): made from the split's work_order task
-- and the order's exploded parts.
CREATE TABLE work_orders (
    id           TEXT PRIMARY KEY NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 0,
    hlc          TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    wo_no        TEXT NOT NULL UNIQUE,
    order_id     TEXT NOT NULL REFERENCES sales_orders(id),
    task_id      TEXT REFERENCES tasks(id),
    task_key     TEXT NOT NULL,
    workshop     TEXT NOT NULL,
    routing_id   TEXT REFERENCES routings(id),
    parts        INTEGER NOT NULL DEFAULT 0,
    area_mm2     INTEGER NOT NULL DEFAULT 0,
    edge_mm      INTEGER NOT NULL DEFAULT 0,
    material     TEXT,
    colour       TEXT,
    due_date     TEXT,
    -- A confirmed installation slot (UTC instant) the work must be ready by; a backward plan
    -- ends by it instead of the end of the due day.
    deadline_at  TEXT,
    priority     INTEGER NOT NULL DEFAULT 0,
    status       TEXT NOT NULL CHECK (status IN ('planned', 'released', 'started', 'made',
                                                 'packed', 'cancelled')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (order_id, task_key)
);
CREATE INDEX work_orders_order ON work_orders(order_id) WHERE deleted = 0;
CREATE INDEX work_orders_status ON work_orders(status, due_date) WHERE deleted = 0;

-- One step of a work order on a work center. planned_* is the scheduler's (or a planner's)
-- placement, lane the parallel machine it runs on; locked operations stay where they are.
CREATE TABLE operations (
    id               TEXT PRIMARY KEY NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 0,
    hlc              TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    work_order_id    TEXT NOT NULL REFERENCES work_orders(id),
    seq              INTEGER NOT NULL,
    work_center_id   TEXT NOT NULL REFERENCES work_centers(id),
    name             TEXT NOT NULL,
    run_seconds      INTEGER NOT NULL CHECK (run_seconds >= 0),
    setup_seconds    INTEGER NOT NULL DEFAULT 0 CHECK (setup_seconds >= 0),
    quantity         INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL CHECK (status IN ('waiting', 'started', 'done', 'cancelled')),
    planned_start    TEXT,
    planned_end      TEXT,
    lane             INTEGER,
    locked           INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (work_order_id, seq)
);
CREATE INDEX operations_center ON operations(work_center_id, planned_start) WHERE deleted = 0;

-- A work center, or one machine of it (lane), out of use for a span: a breakdown or
-- maintenance. The scheduler plans nothing there.
CREATE TABLE work_center_outages (
    id             TEXT PRIMARY KEY NOT NULL,
    work_center_id TEXT NOT NULL REFERENCES work_centers(id),
    lane           INTEGER,
    starts_at      TEXT NOT NULL,
    ends_at        TEXT NOT NULL,
    reason         TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX work_center_outages_center ON work_center_outages(work_center_id, starts_at);

-- Progress from the shop floor, append-only: a scan at a station or a line imported from an
-- MES. Quantities and actual times are derived from these rows. source_key makes an import or
-- a repeated scan idempotent (the MES's own event id, or the desk's scan id).
CREATE TABLE production_events (
    id            TEXT PRIMARY KEY NOT NULL,
    hlc           TEXT NOT NULL,
    work_order_id TEXT NOT NULL REFERENCES work_orders(id),
    operation_id  TEXT REFERENCES operations(id),
    part_id       TEXT,
    kind          TEXT NOT NULL CHECK (kind IN ('start', 'finish', 'report', 'pack', 'undo')),
    good_qty      INTEGER NOT NULL DEFAULT 0 CHECK (good_qty >= 0),
    scrap_qty     INTEGER NOT NULL DEFAULT 0 CHECK (scrap_qty >= 0),
    station       TEXT,
    user_id       TEXT REFERENCES users(id),
    at            TEXT NOT NULL,
    source        TEXT NOT NULL,
    source_key    TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL
);
CREATE INDEX production_events_wo ON production_events(work_order_id, at);
