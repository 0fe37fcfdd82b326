-- The search tables also carry each case's sort keys (number and date opened), so that a page
-- of a word or an offence is chosen from a covering index and only its rows are read.
ALTER TABLE case_word ADD COLUMN case_number_norm VARCHAR(40);
ALTER TABLE case_word ADD COLUMN opened_on DATE;
ALTER TABLE case_offence ADD COLUMN case_number_norm VARCHAR(40);
ALTER TABLE case_offence ADD COLUMN opened_on DATE;
UPDATE case_word w SET (case_number_norm, opened_on) =
    (SELECT f.case_number_norm, f.opened_on FROM case_file f WHERE f.id = w.case_id);
UPDATE case_offence o SET (case_number_norm, opened_on) =
    (SELECT f.case_number_norm, f.opened_on FROM case_file f WHERE f.id = o.case_id);
ALTER TABLE case_word ALTER COLUMN case_number_norm SET NOT NULL;
ALTER TABLE case_word ALTER COLUMN opened_on SET NOT NULL;
ALTER TABLE case_offence ALTER COLUMN case_number_norm SET NOT NULL;
ALTER TABLE case_offence ALTER COLUMN opened_on SET NOT NULL;
DROP INDEX case_word_filter_idx;
DROP INDEX case_offence_filter_idx;
CREATE INDEX case_word_filter_idx ON case_word (word, status, operation_id, case_number_norm, opened_on, case_id);
CREATE INDEX case_offence_filter_idx ON case_offence (offence, status, operation_id, case_number_norm, opened_on, case_id);
