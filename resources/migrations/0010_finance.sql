-- Finance: receipts (append-only money events), payment schedules from the split's collection
-- tasks, and tax documents that keep the VAT setting they were issued with.
-- Money columns end in _fen (minor unit, exact); rates end in _micros.

-- What a customer or dealer paid, or what was paid back. Append-only: a mistake is corrected
-- by a refund or a new receipt, never by an edit; balances are derived from these rows.
-- idempotency_key makes a repeated entry (a double click, a re-sent payment notice, a sync
-- replay) do nothing new.
CREATE TABLE receipts (
    id              TEXT PRIMARY KEY NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 0,
    hlc             TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    order_id        TEXT NOT NULL REFERENCES sales_orders(id),
    kind            TEXT NOT NULL CHECK (kind IN ('deposit', 'balance', 'refund')),
    method          TEXT NOT NULL CHECK (method IN ('cash', 'bank_transfer', 'wechat_pay',
                                                    'alipay')),
    amount_fen      INTEGER NOT NULL CHECK (amount_fen > 0),
    received_on     TEXT NOT NULL,
    fapiao_no       TEXT,
    reference       TEXT,
    note            TEXT,
    idempotency_key TEXT NOT NULL UNIQUE,
    recorded_by     TEXT NOT NULL,
    recorded_at     TEXT NOT NULL
);
CREATE INDEX receipts_order ON receipts(order_id, received_on);
CREATE INDEX receipts_day ON receipts(received_on, method);

-- Only the sync columns may change once a receipt is written.
CREATE TRIGGER receipts_append_only
BEFORE UPDATE OF order_id, kind, method, amount_fen, received_on, fapiao_no, reference, note,
                 idempotency_key, recorded_by, recorded_at ON receipts
BEGIN
    SELECT RAISE(ABORT, 'receipts are append-only: record a refund or a new receipt');
END;
CREATE TRIGGER receipts_no_delete
BEFORE DELETE ON receipts
BEGIN
    SELECT RAISE(ABORT, 'receipts are append-only: record a refund or a new receipt');
END;

-- What an order is due to pay and when, one row per collection task of its split
-- ("collection:deposit" has stage "deposit"). Refreshed from the tasks; a stage whose task
-- went away gets a tombstone.
CREATE TABLE payment_schedules (
    id         TEXT PRIMARY KEY NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    order_id   TEXT NOT NULL REFERENCES sales_orders(id),
    task_id    TEXT REFERENCES tasks(id),
    stage      TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    due_on     TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (order_id, stage)
);
CREATE INDEX payment_schedules_due ON payment_schedules(due_on) WHERE deleted = 0;

-- A document issued on an order (a fapiao request, a pro-forma) with the VAT rule it was
-- issued under: changing finance.tax_rounding or finance.vat_rate later changes nothing here.
CREATE TABLE tax_documents (
    id                 TEXT PRIMARY KEY NOT NULL,
    revision           INTEGER NOT NULL DEFAULT 0,
    hlc                TEXT NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0,
    order_id           TEXT NOT NULL REFERENCES sales_orders(id),
    doc_no             TEXT NOT NULL UNIQUE,
    kind               TEXT NOT NULL CHECK (kind IN ('invoice', 'proforma')),
    fapiao_no          TEXT,
    tax_rounding       TEXT NOT NULL CHECK (tax_rounding IN ('line', 'document')),
    prices_include_tax INTEGER NOT NULL,
    vat_rate_micros    INTEGER NOT NULL,
    net_fen            INTEGER NOT NULL,
    tax_fen            INTEGER NOT NULL,
    gross_fen          INTEGER NOT NULL,
    issued_by          TEXT NOT NULL,
    issued_at          TEXT NOT NULL
);
CREATE INDEX tax_documents_order ON tax_documents(order_id, issued_at);

CREATE TABLE tax_document_lines (
    id            TEXT PRIMARY KEY NOT NULL,
    document_id   TEXT NOT NULL REFERENCES tax_documents(id),
    line_no       INTEGER NOT NULL,
    order_line_id TEXT REFERENCES order_lines(id),
    description   TEXT,
    net_fen       INTEGER NOT NULL,
    tax_fen       INTEGER NOT NULL,
    gross_fen     INTEGER NOT NULL,
    UNIQUE (document_id, line_no)
);
