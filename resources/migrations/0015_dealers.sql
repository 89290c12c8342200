-- Dealers (经销商): credit limits, rebate policies by volume tiers (返利), rebate settlements and
-- confirmed statements (对账单). A dealer is an org unit of kind 'dealer'; its orders are the
-- sales orders whose dealer partner has the unit's code. Money columns end in _fen, rates in
-- _micros.

-- The most a dealer may owe: order review (审单, rule type credit_limit) holds an order that
-- would take the dealer's balance above it. One row per dealer; no row means no limit.
CREATE TABLE dealer_credit_limits (
    id             TEXT PRIMARY KEY NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 0,
    hlc            TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    dealer_unit_id TEXT NOT NULL UNIQUE REFERENCES org_units(id),
    limit_fen      INTEGER NOT NULL CHECK (limit_fen >= 0),
    updated_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- A rebate policy: from starts_on to ends_on (inclusive), cut into periods (month, quarter,
-- year or the whole range); in each period a dealer's volume (order totals signed in it) earns
-- by its tiers. 'retroactive': the rate of the highest tier reached applies to the whole volume,
-- back to the first fen; 'marginal': each tier's rate applies to the volume within its band.
-- dealer_unit_id NULL: the policy applies to every dealer.
CREATE TABLE rebate_policies (
    id             TEXT PRIMARY KEY NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 0,
    hlc            TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    dealer_unit_id TEXT REFERENCES org_units(id),
    starts_on      TEXT NOT NULL,
    ends_on        TEXT NOT NULL,
    period         TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'year', 'whole')),
    mode           TEXT NOT NULL CHECK (mode IN ('retroactive', 'marginal')),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- A tier: from threshold_fen of volume in a period, rate_micros (30000 = 3 %).
CREATE TABLE rebate_policy_tiers (
    id            TEXT PRIMARY KEY NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 0,
    hlc           TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    policy_id     TEXT NOT NULL REFERENCES rebate_policies(id),
    threshold_fen INTEGER NOT NULL CHECK (threshold_fen >= 0),
    rate_micros   INTEGER NOT NULL CHECK (rate_micros >= 0 AND rate_micros < 1000000),
    UNIQUE (policy_id, threshold_fen)
);

-- Rebate paid (credited to the dealer's account) for one policy period. Append-only: a
-- settlement pays what the period has earned so far less what earlier settlements paid.
CREATE TABLE rebate_settlements (
    id              TEXT PRIMARY KEY NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 0,
    hlc             TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    dealer_unit_id  TEXT NOT NULL REFERENCES org_units(id),
    policy_id       TEXT NOT NULL REFERENCES rebate_policies(id),
    period_from     TEXT NOT NULL,
    period_to       TEXT NOT NULL,
    volume_fen      INTEGER NOT NULL,
    earned_fen      INTEGER NOT NULL,
    amount_fen      INTEGER NOT NULL CHECK (amount_fen > 0),
    settled_on      TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    recorded_by     TEXT NOT NULL,
    recorded_at     TEXT NOT NULL
);
CREATE INDEX rebate_settlements_dealer ON rebate_settlements(dealer_unit_id, policy_id,
                                                             period_from);

CREATE TRIGGER rebate_settlements_append_only
BEFORE UPDATE OF dealer_unit_id, policy_id, period_from, period_to, volume_fen, earned_fen,
                 amount_fen, settled_on, idempotency_key ON rebate_settlements
BEGIN
    SELECT RAISE(ABORT, 'rebate settlements are append-only');
END;
CREATE TRIGGER rebate_settlements_no_delete
BEFORE DELETE ON rebate_settlements
BEGIN
    SELECT RAISE(ABORT, 'rebate settlements are append-only');
END;

-- A statement the dealer confirmed, with the figures it showed then.
CREATE TABLE dealer_statements (
    id             TEXT PRIMARY KEY NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 0,
    hlc            TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    dealer_unit_id TEXT NOT NULL REFERENCES org_units(id),
    period_from    TEXT NOT NULL,
    period_to      TEXT NOT NULL,
    opening_fen    INTEGER NOT NULL,
    orders_fen     INTEGER NOT NULL,
    payments_fen   INTEGER NOT NULL,
    rebates_fen    INTEGER NOT NULL,
    closing_fen    INTEGER NOT NULL,
    confirmed_by   TEXT NOT NULL,
    confirmed_on   TEXT NOT NULL,
    note           TEXT,
    recorded_by    TEXT NOT NULL,
    recorded_at    TEXT NOT NULL
);
CREATE INDEX dealer_statements_dealer ON dealer_statements(dealer_unit_id, period_from);

-- Every movement of a dealer's account, positive when the dealer owes more: orders signed (not
-- cancelled), the deposit the channel reported paid with an order, receipts and refunds, and
-- rebates settled. Statements sum it by period; order review reads a dealer's balance from it.
-- An order's total is rounded to the fen half away from zero, as Core::Money does.
CREATE VIEW dealer_account_entries AS
SELECT u.id AS dealer_unit_id, so.signed_on AS entry_on, 'order' AS kind, so.id AS order_id,
       so.order_no AS reference,
       CASE WHEN so.total_micros >= 0 THEN (so.total_micros + 5000) / 10000
            ELSE -((5000 - so.total_micros) / 10000) END AS amount_fen,
       so.id AS source_id
  FROM sales_orders so
  JOIN partners p ON p.id = so.dealer_id AND p.kind = 'dealer'
  JOIN org_units u ON u.code = p.code AND u.kind = 'dealer' AND u.deleted = 0
 WHERE so.deleted = 0 AND so.status <> 'cancelled' AND so.signed_on IS NOT NULL
UNION ALL
SELECT u.id, so.signed_on, 'deposit', so.id, so.order_no, -so.deposit_fen, so.id
  FROM sales_orders so
  JOIN partners p ON p.id = so.dealer_id AND p.kind = 'dealer'
  JOIN org_units u ON u.code = p.code AND u.kind = 'dealer' AND u.deleted = 0
 WHERE so.deleted = 0 AND so.deposit_fen <> 0 AND so.signed_on IS NOT NULL
UNION ALL
SELECT u.id, r.received_on, CASE WHEN r.kind = 'refund' THEN 'refund' ELSE 'payment' END,
       so.id, so.order_no,
       CASE WHEN r.kind = 'refund' THEN r.amount_fen ELSE -r.amount_fen END, r.id
  FROM receipts r
  JOIN sales_orders so ON so.id = r.order_id
  JOIN partners p ON p.id = so.dealer_id AND p.kind = 'dealer'
  JOIN org_units u ON u.code = p.code AND u.kind = 'dealer' AND u.deleted = 0
 WHERE r.deleted = 0
UNION ALL
SELECT s.dealer_unit_id, s.settled_on, 'rebate', NULL, rp.code, -s.amount_fen, s.id
  FROM rebate_settlements s
  JOIN rebate_policies rp ON rp.id = s.policy_id
 WHERE s.deleted = 0;
