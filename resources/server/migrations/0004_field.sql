-- The field API and attachments. Positions are whole microdegrees (BIGINT) and accuracies whole
-- centimetres, so that no coordinate is stored as a binary fraction. Times are ISO 8601 UTC.

-- Installation jobs (安装工单): one visit to fit an order. state is open, assigned, checked_in,
-- done or cancelled; scope_unit is the unit of the job's order (row scope), team_unit the
-- installation team whose installers see it while it is open (NULL: every team). version
-- counts changes: each write names the version it read, so two writers cannot both win.
CREATE TABLE install_jobs (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL,
    order_no TEXT NOT NULL,
    scope_unit TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    customer_phone TEXT NOT NULL,
    address TEXT NOT NULL,
    slot_start TEXT NOT NULL,
    slot_end TEXT NOT NULL,
    notes TEXT NOT NULL,
    state TEXT NOT NULL,
    team_unit TEXT REFERENCES org_units(id),
    assignee_id TEXT REFERENCES users(id),
    taken_at TEXT,
    check_in_at TEXT,
    check_in_lat_e6 BIGINT,
    check_in_lon_e6 BIGINT,
    check_in_accuracy_cm BIGINT,
    check_out_at TEXT,
    check_out_lat_e6 BIGINT,
    check_out_lon_e6 BIGINT,
    check_out_accuracy_cm BIGINT,
    rating INTEGER,
    rating_comment TEXT,
    rated_at TEXT,
    signature_id TEXT,
    created_by TEXT NOT NULL REFERENCES users(id),
    request_hash TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX install_jobs_assignee ON install_jobs(assignee_id, slot_start);
CREATE INDEX install_jobs_open ON install_jobs(state, team_unit, slot_start);
CREATE INDEX install_jobs_order ON install_jobs(order_id);

-- Where installers were; the phone's own ping id makes a resent batch change nothing.
CREATE TABLE field_pings (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    job_id TEXT,
    at TEXT NOT NULL,
    lat_e6 BIGINT NOT NULL,
    lon_e6 BIGINT NOT NULL,
    accuracy_cm BIGINT NOT NULL,
    received_at TEXT NOT NULL
);

CREATE INDEX field_pings_user ON field_pings(user_id, at);

-- Attachments (photos, drawings) of a job or an order. An upload is declared, sent in chunks
-- (attachment_chunks, base64 text), checked against its SHA-256 and then kept once per content
-- in attachment_blocks; every attachment of the same content points at the same blocks. state
-- is uploading, complete or rejected (hash mismatch: its chunks are gone).
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    chunk_size BIGINT NOT NULL,
    chunk_count INTEGER NOT NULL,
    state TEXT NOT NULL,
    uploaded_by TEXT NOT NULL REFERENCES users(id),
    request_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    completed_at TEXT
);

CREATE INDEX attachments_owner ON attachments(owner_kind, owner_id);

CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL REFERENCES attachments(id),
    n INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (attachment_id, n)
);

CREATE TABLE attachment_contents (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    block_count INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE attachment_blocks (
    sha256 TEXT NOT NULL REFERENCES attachment_contents(sha256),
    n INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (sha256, n)
);
