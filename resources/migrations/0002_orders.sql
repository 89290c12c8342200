-- Channels, parties, products and sales orders.

CREATE TABLE channels (
    code       TEXT PRIMARY KEY NOT NULL,
    sort_order INTEGER NOT NULL
);
INSERT INTO channels(code, sort_order) VALUES
    ('store', 1), ('dealer', 2), ('ecommerce', 3), ('designer', 4), ('other', 5);

CREATE TABLE customers (
    id          TEXT PRIMARY KEY NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 0,
    hlc         TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    channel     TEXT NOT NULL REFERENCES channels(code),
    external_code TEXT,
    name        TEXT NOT NULL,
    mobile      TEXT,
    province    TEXT,
    city        TEXT,
    district    TEXT,
    street      TEXT,
    postal_code TEXT,
    segment     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX customers_external ON customers(channel, external_code)
    WHERE external_code IS NOT NULL;
CREATE INDEX customers_mobile ON customers(mobile);

-- Dealers, own stores and designers.
CREATE TABLE partners (
    id         TEXT PRIMARY KEY NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    kind       TEXT NOT NULL CHECK (kind IN ('dealer', 'store', 'designer')),
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    mobile     TEXT,
    province   TEXT,
    city       TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (kind, code)
);

CREATE TABLE products (
    id           TEXT PRIMARY KEY NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 0,
    hlc          TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    sku          TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('standard', 'custom')),
    unit         TEXT NOT NULL CHECK (unit IN ('piece', 'set', 'm2', 'm', 'kg')),
    price_micros INTEGER,
    category     TEXT,
    sub_category TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE sales_orders (
    id               TEXT PRIMARY KEY NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 0,
    hlc              TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    order_no         TEXT NOT NULL UNIQUE,
    channel          TEXT NOT NULL REFERENCES channels(code),
    channel_order_no TEXT,
    customer_id      TEXT REFERENCES customers(id),
    dealer_id        TEXT REFERENCES partners(id),
    store_id         TEXT REFERENCES partners(id),
    designer_id      TEXT REFERENCES partners(id),
    signed_on        TEXT,
    promised_on      TEXT,
    shipped_on       TEXT,
    ship_mode        TEXT,
    status           TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'reviewing', 'approved', 'in_production', 'shipped',
                          'installed', 'closed', 'cancelled')),
    returned         INTEGER NOT NULL DEFAULT 0,
    deposit_fen      INTEGER NOT NULL DEFAULT 0,
    total_micros     INTEGER NOT NULL DEFAULT 0,
    region           TEXT,
    province         TEXT,
    city             TEXT,
    district         TEXT,
    street           TEXT,
    postal_code      TEXT,
    source_file      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX sales_orders_channel_no ON sales_orders(channel, channel_order_no)
    WHERE channel_order_no IS NOT NULL;
CREATE INDEX sales_orders_signed ON sales_orders(signed_on, order_no);
CREATE INDEX sales_orders_status ON sales_orders(status, signed_on);
CREATE INDEX sales_orders_channel ON sales_orders(channel, signed_on);
CREATE INDEX sales_orders_dealer ON sales_orders(dealer_id, signed_on);
CREATE INDEX sales_orders_province ON sales_orders(province, signed_on);
CREATE INDEX sales_orders_customer ON sales_orders(customer_id);

CREATE TABLE order_lines (
    id              TEXT PRIMARY KEY NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 0,
    hlc             TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    order_id        TEXT NOT NULL REFERENCES sales_orders(id),
    line_no         INTEGER NOT NULL,
    channel_line_no TEXT,
    product_id      TEXT REFERENCES products(id),
    description     TEXT,
    width_mm        INTEGER,
    height_mm       INTEGER,
    depth_mm        INTEGER,
    material        TEXT,
    colour          TEXT,
    unit            TEXT NOT NULL DEFAULT 'piece' CHECK (unit IN ('piece', 'set', 'm2', 'm', 'kg')),
    quantity_micros INTEGER NOT NULL,
    unit_price_micros INTEGER,
    discount_micros INTEGER NOT NULL DEFAULT 0,
    amount_micros   INTEGER NOT NULL,
    profit_micros   INTEGER,
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_order ON order_lines(order_id, line_no);
CREATE INDEX order_lines_product ON order_lines(product_id);
CREATE UNIQUE INDEX order_lines_channel_line ON order_lines(order_id, channel_line_no)
    WHERE channel_line_no IS NOT NULL;

CREATE TABLE order_notes (
    id         TEXT PRIMARY KEY NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    order_id   TEXT NOT NULL REFERENCES sales_orders(id),
    author     TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX order_notes_order ON order_notes(order_id);

CREATE TABLE order_attachments (
    id         TEXT PRIMARY KEY NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    order_id   TEXT NOT NULL REFERENCES sales_orders(id),
    file_name  TEXT NOT NULL,
    mime_type  TEXT,
    sha256     TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content    BLOB,
    created_at TEXT NOT NULL
);
CREATE INDEX order_attachments_order ON order_attachments(order_id);

-- Full-text index over order numbers, customer, mobile, address and products; rowid is the
-- order's rowid. Tokens come from Hearth::Core::SearchText.
CREATE VIRTUAL TABLE orders_fts USING fts5(tokens, tokenize = 'unicode61');

-- Every file imported, so that a repeated import can say what it did before.
CREATE TABLE import_runs (
    id          INTEGER PRIMARY KEY,
    mapping     TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    orders_new  INTEGER NOT NULL DEFAULT 0,
    orders_updated INTEGER NOT NULL DEFAULT 0,
    orders_unchanged INTEGER NOT NULL DEFAULT 0,
    orders_flagged INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    user_name   TEXT NOT NULL
);
