-- The audit log view filters by user (exact, case-insensitive), action and a time range, newest
-- first. user_key is derived from user_name by H2 itself (it is not part of the hashed content).
-- Each index ends with seq, so a total is counted from the index alone and a rare filter's
-- events are found without reading the table (AuditQueries).
ALTER TABLE audit_event ADD COLUMN user_key VARCHAR(100) GENERATED ALWAYS AS (UPPER(user_name));
CREATE INDEX audit_user_key_idx ON audit_event (user_key, seq);
CREATE INDEX audit_user_name_idx ON audit_event (user_name);
CREATE INDEX audit_action_idx ON audit_event (action, seq);
CREATE INDEX audit_time_idx ON audit_event (occurred_at, seq);
