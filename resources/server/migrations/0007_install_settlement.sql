-- Installation settlement (安装结算): what an installation team earns for a finished job, as
-- rules an administrator keeps (PUT /api/v1/field/settlement-rules replaces them all). A rule is
-- a fixed amount per job plus a rate of the order's goods total (total_micros of the synced
-- sales order) in basis points, less a deduction when the customer's rating is at or below
-- low_rating (0: no deduction). team_unit NULL is the rule of every team; a team's own rule
-- wins over it, and of those the one with the latest valid_from (a day, yyyy-MM-dd) not after
-- the job's check-out day. Money in whole fen.
CREATE TABLE install_settlement_rules (
    id TEXT PRIMARY KEY,
    team_unit TEXT REFERENCES org_units(id),
    fixed_fen BIGINT NOT NULL CHECK (fixed_fen >= 0),
    rate_bp BIGINT NOT NULL CHECK (rate_bp >= 0 AND rate_bp <= 10000),
    low_rating INTEGER NOT NULL DEFAULT 0 CHECK (low_rating >= 0 AND low_rating <= 5),
    low_rating_deduction_fen BIGINT NOT NULL DEFAULT 0 CHECK (low_rating_deduction_fen >= 0),
    valid_from TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);

CREATE UNIQUE INDEX install_settlement_rules_key
    ON install_settlement_rules(COALESCE(team_unit, ''), valid_from);
