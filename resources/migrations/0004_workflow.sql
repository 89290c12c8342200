-- The process engine: organisation units, process definitions and the state of each order in
-- its process, review findings, approvals, tasks, the parts and hardware a split produces, the
-- site's working calendar and the catalogue that review checks against.

-- Roles are checked in code (Users::Roles), so that a new role needs no table rebuild.
CREATE TABLE users_new (
    id            TEXT PRIMARY KEY NOT NULL,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    last_login_at TEXT
);
INSERT INTO users_new SELECT id, username, display_name, role, password_hash, active, created_at,
                             last_login_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

-- Head office, factory, workshop, store, dealer, installation team; a tree with a lead each.
CREATE TABLE org_units (
    id           TEXT PRIMARY KEY NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 0,
    hlc          TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    kind         TEXT NOT NULL,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    parent_id    TEXT REFERENCES org_units(id),
    lead_user_id TEXT REFERENCES users(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE unit_members (
    unit_id TEXT NOT NULL REFERENCES org_units(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    PRIMARY KEY (unit_id, user_id)
);
CREATE INDEX unit_members_user ON unit_members(user_id);

-- Where round-robin assignment left off, per pool ("role:finance", "unit:<id>").
CREATE TABLE assignment_cursors (
    pool         TEXT PRIMARY KEY NOT NULL,
    last_user_id TEXT NOT NULL
);

-- Every version of every process definition ever used; an order keeps the one it started with.
CREATE TABLE process_definitions (
    id         TEXT PRIMARY KEY NOT NULL,
    code       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    body       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (code, version)
);

-- Rule sets (review rules, split rules, cabinet templates) by version; one is active.
CREATE TABLE rule_sets (
    version    INTEGER PRIMARY KEY NOT NULL,
    body       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    comment    TEXT
);

CREATE TABLE order_processes (
    order_id      TEXT PRIMARY KEY NOT NULL REFERENCES sales_orders(id),
    revision      INTEGER NOT NULL DEFAULT 0,
    hlc           TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    definition_id TEXT NOT NULL REFERENCES process_definitions(id),
    rule_set      INTEGER,
    state         TEXT NOT NULL,
    entered_at    TEXT NOT NULL,
    state_due_at  TEXT,
    state_escalated INTEGER NOT NULL DEFAULT 0,
    review_outcome TEXT,
    split_hash    TEXT,
    split_plan    TEXT,
    amendment     TEXT,
    updated_at    TEXT NOT NULL
);
CREATE INDEX order_processes_state ON order_processes(state, entered_at);
CREATE INDEX order_processes_due ON order_processes(state_due_at) WHERE state_escalated = 0;

CREATE TABLE review_findings (
    id       INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES sales_orders(id),
    run_at   TEXT NOT NULL,
    rule     TEXT NOT NULL,
    outcome  TEXT NOT NULL CHECK (outcome IN ('pass', 'hold', 'approval')),
    line_no  INTEGER,
    message  TEXT NOT NULL,
    approvers TEXT
);
CREATE INDEX review_findings_order ON review_findings(order_id, id);

-- One step of an approval chain: steps of one request are decided in order.
CREATE TABLE approvals (
    id          TEXT PRIMARY KEY NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 0,
    hlc         TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    order_id    TEXT NOT NULL REFERENCES sales_orders(id),
    request     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    step        INTEGER NOT NULL,
    role        TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('waiting', 'pending', 'approved', 'rejected',
                                                'withdrawn')),
    reason      TEXT NOT NULL,
    decided_by  TEXT REFERENCES users(id),
    decided_at  TEXT,
    comment     TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (request, step)
);
CREATE INDEX approvals_order ON approvals(order_id, status);
CREATE INDEX approvals_role ON approvals(role, status);

CREATE TABLE tasks (
    id           TEXT PRIMARY KEY NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 0,
    hlc          TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    order_id     TEXT REFERENCES sales_orders(id),
    task_key     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'started', 'done',
                                                 'cancelled')),
    role         TEXT,
    unit_id      TEXT REFERENCES org_units(id),
    assignee_id  TEXT REFERENCES users(id),
    due_at       TEXT,
    escalated_at TEXT,
    escalated_to TEXT REFERENCES users(id),
    amount_fen   INTEGER,
    details      TEXT,
    result       TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    completed_at TEXT
);
CREATE UNIQUE INDEX tasks_order_key ON tasks(order_id, task_key) WHERE deleted = 0;
CREATE INDEX tasks_assignee ON tasks(assignee_id, status, due_at);
CREATE INDEX tasks_role ON tasks(role, status, due_at);
CREATE INDEX tasks_unit ON tasks(unit_id, status, due_at);
CREATE INDEX tasks_due ON tasks(status, due_at);

CREATE TABLE task_comments (
    id         TEXT PRIMARY KEY NOT NULL,
    task_id    TEXT NOT NULL REFERENCES tasks(id),
    author     TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX task_comments_task ON task_comments(task_id);

-- Panels of exploded cabinets: sizes in mm, area in mm² and edge banding in mm, exact.
CREATE TABLE order_parts (
    id           TEXT PRIMARY KEY NOT NULL,
    order_id     TEXT NOT NULL REFERENCES sales_orders(id),
    line_id      TEXT NOT NULL,
    task_key     TEXT NOT NULL,
    part_key     TEXT NOT NULL,
    name         TEXT NOT NULL,
    length_mm    INTEGER NOT NULL,
    width_mm     INTEGER NOT NULL,
    thickness_mm INTEGER NOT NULL,
    quantity     INTEGER NOT NULL,
    area_mm2     INTEGER NOT NULL,
    edge_mm      INTEGER NOT NULL,
    edges        TEXT NOT NULL,
    grain        TEXT NOT NULL,
    material     TEXT,
    colour       TEXT,
    UNIQUE (order_id, part_key)
);

CREATE TABLE order_hardware (
    id              TEXT PRIMARY KEY NOT NULL,
    order_id        TEXT NOT NULL REFERENCES sales_orders(id),
    line_id         TEXT NOT NULL,
    task_key        TEXT NOT NULL,
    item_key        TEXT NOT NULL,
    code            TEXT NOT NULL,
    name            TEXT NOT NULL,
    quantity_micros INTEGER NOT NULL,
    unit            TEXT NOT NULL,
    UNIQUE (order_id, item_key)
);

-- Days that differ from the weekly pattern: public holidays (working = 0) and the weekend days
-- worked in exchange (调休, working = 1).
CREATE TABLE calendar_days (
    day     TEXT PRIMARY KEY NOT NULL,
    working INTEGER NOT NULL CHECK (working IN (0, 1)),
    name    TEXT NOT NULL
);

-- Materials and colours that review accepts.
CREATE TABLE catalogue_entries (
    kind   TEXT NOT NULL CHECK (kind IN ('material', 'colour')),
    code   TEXT NOT NULL,
    name   TEXT NOT NULL,
    name_en TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (kind, code)
);

-- Who owns an order (the salesperson a rejection returns it to); re-makes (补件) point at the
-- order they repair and say who pays.
ALTER TABLE sales_orders ADD COLUMN owner_id TEXT REFERENCES users(id);
ALTER TABLE sales_orders ADD COLUMN parent_order_id TEXT REFERENCES sales_orders(id);
ALTER TABLE sales_orders ADD COLUMN charged_to TEXT;
ALTER TABLE sales_orders ADD COLUMN remake_reason TEXT;
-- Parameters of a custom line as JSON: template, board thickness, door style, shelves.
ALTER TABLE order_lines ADD COLUMN spec TEXT;
-- A line's own category, for lines with no product code (dealer and designer sheets); split
-- rules route lines by it.
ALTER TABLE order_lines ADD COLUMN category TEXT;
ALTER TABLE order_lines ADD COLUMN sub_category TEXT;
