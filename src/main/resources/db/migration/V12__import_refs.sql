-- Stable external references for CSV imports (issue "CSV import"): a row of an import file names
-- its record by the reference of the system it comes from, so importing the same file again
-- updates or leaves the record instead of adding a second one. Unique per office; many NULLs
-- (records typed in the app) are allowed.
ALTER TABLE case_file ADD COLUMN external_ref VARCHAR(60);
CREATE UNIQUE INDEX case_file_external_ref_uq ON case_file (site_id, external_ref);
ALTER TABLE person ADD COLUMN external_ref VARCHAR(60);
CREATE UNIQUE INDEX person_external_ref_uq ON person (site_id, external_ref);
