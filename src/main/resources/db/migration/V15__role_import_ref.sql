-- People CSV import (issue "CSV import"): a row of a people file names its role link by the
-- reference of the system it comes from, so that importing the same file again updates or
-- leaves the link instead of adding a second one. Unique per office; many NULLs (links made in
-- the app) are allowed. The person itself is named by person.external_ref (V12).
ALTER TABLE case_role ADD COLUMN external_ref VARCHAR(60);
CREATE UNIQUE INDEX case_role_external_ref_uq ON case_role (site_id, external_ref);
