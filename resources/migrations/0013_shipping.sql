-- Shipping (发货): shipments of packages handed to a carrier, the orders each one carries with
-- their share of the freight, and the carrier's tracking events (物流轨迹). Money in _fen.
-- A package is known here by its id only (packing keeps the packages themselves).

-- One truck load or parcel consignment. status: planned → loaded → shipped → delivered, with
-- exception for a carrier's trouble report. ship_date is the site's calendar day it left.
CREATE TABLE shipments (
    id             TEXT PRIMARY KEY NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 0,
    hlc            TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    shipment_no    TEXT NOT NULL UNIQUE,
    carrier_code   TEXT NOT NULL DEFAULT '',
    tracking_no    TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'loaded', 'shipped', 'delivered', 'exception')),
    ship_date      TEXT,
    freight_fen    INTEGER NOT NULL DEFAULT 0 CHECK (freight_fen >= 0),
    note           TEXT,
    polled_at      TEXT,
    poll_error     TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX shipments_tracking ON shipments(carrier_code, tracking_no)
    WHERE tracking_no <> '' AND deleted = 0;
CREATE INDEX shipments_status ON shipments(status, ship_date) WHERE deleted = 0;

-- A package on a shipment; a package rides on one live shipment at a time.
CREATE TABLE shipment_packages (
    id            TEXT PRIMARY KEY NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 0,
    hlc           TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    shipment_id   TEXT NOT NULL REFERENCES shipments(id),
    order_id      TEXT NOT NULL REFERENCES sales_orders(id),
    package_id    TEXT NOT NULL,
    package_label TEXT,
    created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX shipment_packages_live ON shipment_packages(package_id) WHERE deleted = 0;
CREATE INDEX shipment_packages_shipment ON shipment_packages(shipment_id) WHERE deleted = 0;

-- An order on a shipment: how many of its packages ride on it and its share of the freight.
-- The rule (ShipmentStore::splitFreight): the shipment's freight is split over its orders in
-- proportion to their package counts, each share rounded down to the fen, the fen left over
-- going one each to the largest remainders, equal remainders to the lower order number. The
-- shares always add up to the shipment's freight. An order's freight is the sum of freight_fen
-- over its live rows. status and the last_* fields repeat the shipment's state and its latest
-- tracking event, so that the order's timeline has its own row to show them under.
CREATE TABLE shipment_orders (
    id            TEXT PRIMARY KEY NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 0,
    hlc           TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    shipment_id   TEXT NOT NULL REFERENCES shipments(id),
    order_id      TEXT NOT NULL REFERENCES sales_orders(id),
    packages      INTEGER NOT NULL DEFAULT 0 CHECK (packages >= 0),
    freight_fen   INTEGER NOT NULL DEFAULT 0 CHECK (freight_fen >= 0),
    status        TEXT NOT NULL DEFAULT 'planned',
    last_event_at TEXT,
    last_status   TEXT,
    last_place    TEXT,
    last_text     TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (shipment_id, order_id)
);
CREATE INDEX shipment_orders_order ON shipment_orders(order_id) WHERE deleted = 0;

-- What the carrier reported, append-only. event_key (a digest of the carrier's time, status,
-- place and text) makes a repeated poll store nothing new. occurred_at is UTC; status is ours
-- (accepted, in_transit, out_for_delivery, delivered, exception, info, unknown), carrier_status
-- the code the carrier or aggregator sent.
CREATE TABLE tracking_events (
    id             TEXT PRIMARY KEY NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 0,
    hlc            TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    shipment_id    TEXT NOT NULL REFERENCES shipments(id),
    event_key      TEXT NOT NULL,
    occurred_at    TEXT NOT NULL,
    status         TEXT NOT NULL,
    carrier_status TEXT,
    place          TEXT,
    description    TEXT,
    recorded_at    TEXT NOT NULL,
    UNIQUE (shipment_id, event_key)
);
CREATE INDEX tracking_events_time ON tracking_events(shipment_id, occurred_at);

CREATE TRIGGER tracking_events_append_only
BEFORE UPDATE OF shipment_id, event_key, occurred_at, status, carrier_status, place,
                 description ON tracking_events
BEGIN
    SELECT RAISE(ABORT, 'tracking events are append-only');
END;
