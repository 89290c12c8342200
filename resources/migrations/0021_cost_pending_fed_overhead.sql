-- A fed cost line changes nothing else of its order but the overhead, and only where an
-- overhead rate is set (finance.overhead_rate): without one, 0019's triggers marked every
-- order of a first download with installation commissions to be gathered again for nothing,
-- and gathering 100,000 of them took minutes on the first finance page.

DROP TRIGGER cost_pending_fed_line_insert;
DROP TRIGGER cost_pending_fed_line_update;

CREATE TRIGGER cost_pending_fed_line_insert AFTER INSERT ON cost_lines
WHEN NEW.origin = 'fed'
     AND EXISTS (SELECT 1 FROM settings WHERE key = 'finance.overhead_rate'
                 AND CAST(value AS REAL) > 0)
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    VALUES (NEW.order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (order_id) DO NOTHING;
END;

CREATE TRIGGER cost_pending_fed_line_update AFTER UPDATE OF amount_fen, deleted, order_id
                                            ON cost_lines
WHEN NEW.origin = 'fed'
     AND EXISTS (SELECT 1 FROM settings WHERE key = 'finance.overhead_rate'
                 AND CAST(value AS REAL) > 0)
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    VALUES (NEW.order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (order_id) DO NOTHING;
END;
