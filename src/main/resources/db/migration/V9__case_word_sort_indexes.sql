-- Pages and totals of a search word without sorting or counting its matches (decision 0002,
-- "Under encryption"). Each index is led by the word and ordered by one sort key, and carries
-- every filter column, so the page of a common word (about 100,000 cases at a million) is the
-- first entries of one index range, checked from the entries alone.
CREATE INDEX case_word_number_idx
    ON case_word (word, case_number_norm, status, operation_id, offence_mask, case_id);
CREATE INDEX case_word_opened_idx
    ON case_word (word, opened_on, case_number_norm, status, operation_id, offence_mask, case_id);
CREATE INDEX case_word_status_idx
    ON case_word (word, status, case_number_norm, operation_id, offence_mask, case_id);

-- Live cases by word, status, operation (the zero UUID for none) and offence mask, kept in step
-- by CaseService in the same transaction as case_word (rows at zero are removed): the total of
-- one word with any filters is a sum over at most a few hundred rows.
CREATE TABLE case_word_count (
    word          VARCHAR(40) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    operation_key UUID        NOT NULL,
    offence_mask  INT         NOT NULL,
    cases         BIGINT      NOT NULL,
    PRIMARY KEY (word, status, operation_key, offence_mask)
);
-- grouped by the columns that lead case_word_filter_idx, read in that index's order, so H2
-- groups as it goes instead of holding every group in memory
INSERT INTO case_word_count (word, status, operation_key, offence_mask, cases)
    SELECT word, status, COALESCE(operation_id, CAST('00000000-0000-0000-0000-000000000000' AS UUID)),
           offence_mask, COUNT(*)
    FROM case_word USE INDEX (case_word_filter_idx)
    GROUP BY word, status, operation_id, offence_mask;
