-- Costing from purchasing and shipping (单单清算): the orders whose bought-in goods or freight
-- changed are marked for Hearth::Finance::CostLedger to gather again, as 0014_costing.sql does
-- for stock moves and reports. Freight itself needs no new column: shipments.freight_fen is
-- the charge, and the ledger splits it over the orders by their live shipment_packages (their
-- count, or the packages' weight_grams with setting finance.freight_basis = 'weight').

-- A receipt (received_micros) or a price change of a purchase order line: the orders of every
-- requisition the line buys for.
CREATE TRIGGER cost_pending_po_line AFTER UPDATE OF received_micros, price_micros, deleted,
                                                    item_id ON purchase_order_lines
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    SELECT DISTINCT order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM purchase_requisitions WHERE po_line_id = NEW.id AND order_id IS NOT NULL
    ON CONFLICT (order_id) DO NOTHING;
END;

CREATE TRIGGER cost_pending_requisition_insert AFTER INSERT ON purchase_requisitions
WHEN NEW.order_id IS NOT NULL AND NEW.po_line_id IS NOT NULL
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    VALUES (NEW.order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (order_id) DO NOTHING;
END;

-- A requisition taken by a line, cancelled or moved: its order before and after, and the
-- other orders on its lines (the receipts fill the requisitions in turn).
CREATE TRIGGER cost_pending_requisition_update AFTER UPDATE OF po_line_id, status, order_id,
                                                              quantity_micros, needed_by,
                                                              deleted ON purchase_requisitions
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    SELECT DISTINCT order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM purchase_requisitions
    WHERE order_id IS NOT NULL AND po_line_id IS NOT NULL
      AND po_line_id IN (OLD.po_line_id, NEW.po_line_id)
    UNION SELECT OLD.order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE OLD.order_id IS NOT NULL
    UNION SELECT NEW.order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE NEW.order_id IS NOT NULL
    ON CONFLICT (order_id) DO NOTHING;
END;

-- A shipment's freight, status or day: every order it carries.
CREATE TRIGGER cost_pending_shipment AFTER UPDATE OF freight_fen, status, ship_date, deleted
                                      ON shipments
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    SELECT DISTINCT order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM shipment_packages WHERE shipment_id = NEW.id
    ON CONFLICT (order_id) DO NOTHING;
END;

-- A package put on or taken off a shipment changes every order's share on it.
CREATE TRIGGER cost_pending_shipment_package_insert AFTER INSERT ON shipment_packages
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    SELECT DISTINCT order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM shipment_packages WHERE shipment_id = NEW.shipment_id
    ON CONFLICT (order_id) DO NOTHING;
END;

CREATE TRIGGER cost_pending_shipment_package_update AFTER UPDATE OF deleted, shipment_id,
                                                                  order_id ON shipment_packages
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    SELECT DISTINCT order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM shipment_packages WHERE shipment_id IN (OLD.shipment_id, NEW.shipment_id)
    UNION SELECT OLD.order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    ON CONFLICT (order_id) DO NOTHING;
END;

-- A package weighed again changes the shares of a shipment split by weight.
CREATE TRIGGER cost_pending_package_weight AFTER UPDATE OF weight_grams ON packages
BEGIN
    INSERT INTO cost_pending(order_id, marked_at)
    SELECT DISTINCT p.order_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM shipment_packages p
    WHERE p.shipment_id IN (SELECT shipment_id FROM shipment_packages WHERE package_id = NEW.id)
    ON CONFLICT (order_id) DO NOTHING;
END;
