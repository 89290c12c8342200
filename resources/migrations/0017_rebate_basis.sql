-- Rebates (返利), second part: a policy counts a dealer's volume with tax (the order totals, as
-- before) or without it (the net amounts of the orders' tax documents), and a settlement may
-- take back (追回) what a period paid too much after an order of it was cancelled or reduced.

ALTER TABLE rebate_policies ADD COLUMN basis TEXT NOT NULL DEFAULT 'with_tax'
    CHECK (basis IN ('with_tax', 'without_tax'));

-- rebate_settlements again, with amount_fen of either sign: a negative amount is a claw-back.
-- SQLite cannot change a CHECK in place, so the table is copied into its new shape; the view
-- that reads it, its index and its triggers are made again as 0015_dealers.sql made them.
DROP VIEW dealer_account_entries;

CREATE TABLE rebate_settlements_new (
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
    amount_fen      INTEGER NOT NULL CHECK (amount_fen <> 0),
    settled_on      TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    recorded_by     TEXT NOT NULL,
    recorded_at     TEXT NOT NULL
);
INSERT INTO rebate_settlements_new(id, revision, hlc, deleted, dealer_unit_id, policy_id,
                                   period_from, period_to, volume_fen, earned_fen, amount_fen,
                                   settled_on, idempotency_key, recorded_by, recorded_at)
SELECT id, revision, hlc, deleted, dealer_unit_id, policy_id, period_from, period_to,
       volume_fen, earned_fen, amount_fen, settled_on, idempotency_key, recorded_by,
       recorded_at
  FROM rebate_settlements;
DROP TABLE rebate_settlements;
ALTER TABLE rebate_settlements_new RENAME TO rebate_settlements;
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

-- As in 0015_dealers.sql. A claw-back (amount_fen < 0) enters the account positive: the dealer
-- owes it again.
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
