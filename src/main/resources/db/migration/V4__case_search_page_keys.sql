-- Pages that read only their own rows (decision 0002). The search tables also carry each case's
-- sort keys (number and date opened) and, in case_word, its offences as a bit mask (bit n =
-- OffenceType ordinal n): a page of a word or an offence with filters reads (case, sort keys)
-- from one covering index range, keeps the best in memory and then reads only those cases.
ALTER TABLE case_word ADD COLUMN offence_mask INT;
ALTER TABLE case_word ADD COLUMN case_number_norm VARCHAR(40);
ALTER TABLE case_word ADD COLUMN opened_on DATE;
ALTER TABLE case_offence ADD COLUMN case_number_norm VARCHAR(40);
ALTER TABLE case_offence ADD COLUMN opened_on DATE;
UPDATE case_word w SET (offence_mask, case_number_norm, opened_on) =
    (SELECT CASE WHEN ARRAY_CONTAINS(f.offences, 'HumanTrafficking') THEN 1 ELSE 0 END
          + CASE WHEN ARRAY_CONTAINS(f.offences, 'MigrantSmuggling') THEN 2 ELSE 0 END
          + CASE WHEN ARRAY_CONTAINS(f.offences, 'DocumentFraud') THEN 4 ELSE 0 END
          + CASE WHEN ARRAY_CONTAINS(f.offences, 'SexualOffence') THEN 8 ELSE 0 END
          + CASE WHEN ARRAY_CONTAINS(f.offences, 'ForcedLabour') THEN 16 ELSE 0 END
          + CASE WHEN ARRAY_CONTAINS(f.offences, 'Other') THEN 32 ELSE 0 END,
            f.case_number_norm, f.opened_on
       FROM case_file f WHERE f.id = w.case_id);
UPDATE case_offence o SET (case_number_norm, opened_on) =
    (SELECT f.case_number_norm, f.opened_on FROM case_file f WHERE f.id = o.case_id);
ALTER TABLE case_word ALTER COLUMN offence_mask SET NOT NULL;
ALTER TABLE case_word ALTER COLUMN case_number_norm SET NOT NULL;
ALTER TABLE case_word ALTER COLUMN opened_on SET NOT NULL;
ALTER TABLE case_offence ALTER COLUMN case_number_norm SET NOT NULL;
ALTER TABLE case_offence ALTER COLUMN opened_on SET NOT NULL;
-- The filter indexes become covering for pages as well as totals.
DROP INDEX case_word_filter_idx;
DROP INDEX case_offence_filter_idx;
CREATE INDEX case_word_filter_idx
    ON case_word (word, status, operation_id, offence_mask, case_number_norm, opened_on, case_id);
CREATE INDEX case_offence_filter_idx
    ON case_offence (offence, status, operation_id, case_number_norm, opened_on, case_id);

-- The case file carries the same offence mask, and the sort orders' indexes carry every
-- filter column: a page that walks a sort index checks status, operation, offence and the
-- tombstone from the index entries and reads only the rows of its page.
ALTER TABLE case_file ADD COLUMN offence_mask INT;
UPDATE case_file f SET offence_mask =
      CASE WHEN ARRAY_CONTAINS(f.offences, 'HumanTrafficking') THEN 1 ELSE 0 END
    + CASE WHEN ARRAY_CONTAINS(f.offences, 'MigrantSmuggling') THEN 2 ELSE 0 END
    + CASE WHEN ARRAY_CONTAINS(f.offences, 'DocumentFraud') THEN 4 ELSE 0 END
    + CASE WHEN ARRAY_CONTAINS(f.offences, 'SexualOffence') THEN 8 ELSE 0 END
    + CASE WHEN ARRAY_CONTAINS(f.offences, 'ForcedLabour') THEN 16 ELSE 0 END
    + CASE WHEN ARRAY_CONTAINS(f.offences, 'Other') THEN 32 ELSE 0 END;
ALTER TABLE case_file ALTER COLUMN offence_mask SET NOT NULL;
DROP INDEX case_number_idx;
DROP INDEX case_opened_idx;
DROP INDEX case_status_idx;
CREATE INDEX case_number_idx
    ON case_file (case_number_norm, status, operation_id, offence_mask, deleted_at);
CREATE INDEX case_opened_idx
    ON case_file (opened_on, case_number_norm, status, operation_id, offence_mask, deleted_at);
CREATE INDEX case_status_idx
    ON case_file (status, case_number_norm, operation_id, offence_mask, deleted_at);

-- Live cases counted by status, operation (the zero UUID for none) and offence mask, kept in
-- step by CaseService in the same transaction: a total without search words is a sum over a
-- few rows instead of a count of up to a million index entries.
CREATE TABLE case_count (
    status        VARCHAR(20) NOT NULL,
    operation_key UUID        NOT NULL,
    offence_mask  INT         NOT NULL,
    cases         BIGINT      NOT NULL,
    PRIMARY KEY (status, operation_key, offence_mask)
);
INSERT INTO case_count (status, operation_key, offence_mask, cases)
    SELECT status, COALESCE(operation_id, CAST('00000000-0000-0000-0000-000000000000' AS UUID)),
           offence_mask, COUNT(*)
    FROM case_file WHERE deleted_at IS NULL
    GROUP BY status, COALESCE(operation_id, CAST('00000000-0000-0000-0000-000000000000' AS UUID)), offence_mask;
