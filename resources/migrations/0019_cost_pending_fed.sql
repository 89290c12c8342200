-- A cost line fed by another module or by the server (an installation commission pulled by
-- sync, a later rating changing it) changes the order's overhead, which is gathered: the order
-- is marked for Hearth::Finance::CostLedger to gather again, as 0014_costing.sql and
-- 0016_freight.sql do for the other sources. Gathered lines do not mark (the ledger writes
-- them). ON CONFLICT DO NOTHING, not OR IGNORE: a pulled row's upsert would impose its own
-- conflict handling on an OR IGNORE inside the trigger.

CREATE TRIGGER cost_pending_fed_line_insert AFTER INSERT ON cost_lines
WHEN NEW.origin = 'fed'
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    VALUES (NEW.order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (order_id) DO NOTHING;
END;

CREATE TRIGGER cost_pending_fed_line_update AFTER UPDATE OF amount_fen, deleted, order_id
                                            ON cost_lines
WHEN NEW.origin = 'fed'
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    VALUES (NEW.order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (order_id) DO NOTHING;
END;
