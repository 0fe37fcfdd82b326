-- The case list walks a sort index and checks filters row by row (fast while the filter is
-- not rare), so indexes that start with a filter column only serve the totals: they carry
-- deleted_at, so H2 counts live rows from the index alone.
DROP INDEX case_status_opened_idx;
DROP INDEX case_operation_opened_idx;
DROP INDEX case_operation_idx;
CREATE INDEX case_status_live_idx ON case_file (status, deleted_at);
CREATE INDEX case_operation_live_idx ON case_file (operation_id, deleted_at);
