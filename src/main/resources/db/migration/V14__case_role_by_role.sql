-- The people list filters by role ("every victim"): persons holding a role, by index.
CREATE INDEX case_role_role_idx ON case_role (role, deleted_at, person_id);
