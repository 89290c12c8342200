-- The production and process configuration syncs to every desk: work calendars with their
-- days, routings with their steps, work center outages and process definitions gain the sync
-- columns (work_centers has had them since 0006). Calendar days and routing steps travel
-- inside their parent's row, so each gets an id of its own: its parent's id and its day or
-- step number, the same on every desk that holds the row.
-- The rows a desk already holds are queued for its next push; a clock of now stamps those
-- without one, so that a later change on another desk still wins.

ALTER TABLE work_calendars ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE work_calendars ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE work_calendars ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE routings ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE routings ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE routings ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE work_center_outages ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE work_center_outages ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE work_center_outages ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE process_definitions ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE process_definitions ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE process_definitions ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;

ALTER TABLE work_calendar_days ADD COLUMN id TEXT;
UPDATE work_calendar_days SET id = calendar_id || '/' || day;
CREATE UNIQUE INDEX work_calendar_days_id ON work_calendar_days(id);
ALTER TABLE routing_steps ADD COLUMN id TEXT;
UPDATE routing_steps SET id = routing_id || '/' || seq;
CREATE UNIQUE INDEX routing_steps_id ON routing_steps(id);

CREATE TEMPORARY TABLE sync_now AS
    SELECT printf('%013d-00000-00000000',
                  CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) AS hlc,
           strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at;
UPDATE work_calendars SET hlc = (SELECT hlc FROM sync_now) WHERE hlc = '';
UPDATE routings SET hlc = (SELECT hlc FROM sync_now) WHERE hlc = '';
UPDATE work_center_outages SET hlc = (SELECT hlc FROM sync_now) WHERE hlc = '';
UPDATE process_definitions SET hlc = (SELECT hlc FROM sync_now) WHERE hlc = '';
INSERT INTO outbox(change_id, table_name, row_id, op, hlc, payload, created_at)
    SELECT lower(hex(randomblob(16))), 'work_calendars', id, 'insert', hlc, NULL,
           (SELECT at FROM sync_now) FROM work_calendars;
INSERT INTO outbox(change_id, table_name, row_id, op, hlc, payload, created_at)
    SELECT lower(hex(randomblob(16))), 'routings', id, 'insert', hlc, NULL,
           (SELECT at FROM sync_now) FROM routings;
INSERT INTO outbox(change_id, table_name, row_id, op, hlc, payload, created_at)
    SELECT lower(hex(randomblob(16))), 'work_center_outages', id, 'insert', hlc, NULL,
           (SELECT at FROM sync_now) FROM work_center_outages;
INSERT INTO outbox(change_id, table_name, row_id, op, hlc, payload, created_at)
    SELECT lower(hex(randomblob(16))), 'process_definitions', id, 'insert', hlc, NULL,
           (SELECT at FROM sync_now) FROM process_definitions;
-- Work centers were recorded all along; one that somehow has no entry waiting gets one.
INSERT INTO outbox(change_id, table_name, row_id, op, hlc, payload, created_at)
    SELECT lower(hex(randomblob(16))), 'work_centers', w.id, 'insert',
           CASE WHEN w.hlc = '' THEN (SELECT hlc FROM sync_now) ELSE w.hlc END, NULL,
           (SELECT at FROM sync_now) FROM work_centers w
    WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.table_name = 'work_centers'
                      AND o.row_id = w.id AND o.sent_at IS NULL);
DROP TABLE sync_now;

-- Organisation membership names the desk's own users, which never sync, and review findings
-- are each desk's record of its own review runs (the order's review outcome syncs with its
-- process): both stay in the desk's audit trail, and their old outbox entries go.
DELETE FROM outbox WHERE sent_at IS NULL AND table_name IN ('unit_members', 'review_findings');
