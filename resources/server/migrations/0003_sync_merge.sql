-- Sync merges plain fields one by one: field_hlc holds, as a JSON object, the hybrid clock of
-- the change that last set each field (a field not named in it was set at the row's hlc), so
-- two desks that edit different fields of one row both keep their edits.
-- process_transitions: the order status changes that each process allows, one row per pair of
-- statuses that a transition of resources/processes/<code>.json joins (from-state's status to
-- to-state's status). A pushed sales_orders.status change is checked against the order's
-- process (its order_processes row names "code@version"), or against every process when the
-- server does not know the order's. tests/sync/tst_fieldmerge.cpp checks this list against the
-- definitions' files, so that the two cannot drift apart unnoticed.

ALTER TABLE sync_rows ADD COLUMN field_hlc TEXT NOT NULL DEFAULT '{}';

CREATE TABLE process_transitions (
    process_code TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    PRIMARY KEY (process_code, from_status, to_status)
);

INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('cabinetry', 'approved', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('cabinetry', 'approved', 'in_production');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('cabinetry', 'approved', 'reviewing');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('cabinetry', 'in_production', 'shipped');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('cabinetry', 'installed', 'closed');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('cabinetry', 'new', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('cabinetry', 'new', 'reviewing');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('cabinetry', 'reviewing', 'approved');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('cabinetry', 'reviewing', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('cabinetry', 'shipped', 'installed');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('furniture', 'approved', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('furniture', 'approved', 'in_production');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('furniture', 'approved', 'reviewing');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('furniture', 'in_production', 'shipped');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('furniture', 'installed', 'closed');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('furniture', 'new', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('furniture', 'new', 'reviewing');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('furniture', 'reviewing', 'approved');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('furniture', 'reviewing', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('furniture', 'shipped', 'installed');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('hardware', 'approved', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('hardware', 'approved', 'in_production');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('hardware', 'approved', 'reviewing');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('hardware', 'in_production', 'shipped');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('hardware', 'new', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('hardware', 'new', 'reviewing');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('hardware', 'reviewing', 'approved');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('hardware', 'reviewing', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('hardware', 'shipped', 'closed');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('remake', 'approved', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('remake', 'approved', 'in_production');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('remake', 'in_production', 'shipped');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('remake', 'installed', 'closed');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('remake', 'new', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('remake', 'new', 'reviewing');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('remake', 'reviewing', 'approved');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('remake', 'reviewing', 'cancelled');
INSERT INTO process_transitions (process_code, from_status, to_status)
    VALUES ('remake', 'shipped', 'installed');
