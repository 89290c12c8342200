-- Month close (月结): finance closes a month once its checks pass, with a snapshot of the
-- month's figures; a closed month refuses new receipts and tax documents dated in it until it is
-- reopened with a reason. Rows that arrive by sync are never refused: the figures against the
-- snapshot show what changed since the close.

-- One row per month ever closed. id is a name-based UUID of the month
-- (Hearth::Finance::MonthClose::periodId), so two desks closing the same month write one row.
-- snapshot: the month's figures at the last close, as JSON (MonthFigures::toJson).
CREATE TABLE finance_periods (
    id            TEXT PRIMARY KEY NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 0,
    hlc           TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    month         TEXT NOT NULL UNIQUE CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    status        TEXT NOT NULL CHECK (status IN ('closed', 'reopened')),
    closed_at     TEXT NOT NULL,
    closed_by     TEXT NOT NULL,
    reopened_at   TEXT,
    reopened_by   TEXT,
    reopen_reason TEXT,
    snapshot      TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
