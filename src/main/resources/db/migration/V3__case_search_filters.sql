-- The search tables also carry each case's status and operation, so that totals of a word or
-- an offence combined with a status or an operation are counted from an index alone.
ALTER TABLE case_word ADD COLUMN status VARCHAR(20);
ALTER TABLE case_word ADD COLUMN operation_id UUID;
ALTER TABLE case_offence ADD COLUMN status VARCHAR(20);
ALTER TABLE case_offence ADD COLUMN operation_id UUID;
UPDATE case_word w SET (status, operation_id) =
    (SELECT f.status, f.operation_id FROM case_file f WHERE f.id = w.case_id);
UPDATE case_offence o SET (status, operation_id) =
    (SELECT f.status, f.operation_id FROM case_file f WHERE f.id = o.case_id);
ALTER TABLE case_word ALTER COLUMN status SET NOT NULL;
ALTER TABLE case_offence ALTER COLUMN status SET NOT NULL;
CREATE INDEX case_word_filter_idx ON case_word (word, status, operation_id, case_id);
CREATE INDEX case_offence_filter_idx ON case_offence (offence, status, operation_id, case_id);
CREATE INDEX case_status_operation_live_idx ON case_file (status, operation_id, deleted_at);
