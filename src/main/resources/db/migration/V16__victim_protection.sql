-- Victim protection (issue 5): the protection status of each victim link (case_role.id with
-- role VICTIM) as a history, not a field. victim_protection holds one header per link (the
-- current status and its date, the follow-up, the guardian of a minor); protection_entry is
-- append-only: a correction is a new entry naming the entry it corrects, never an edit.
CREATE TABLE victim_protection (
    id                UUID          NOT NULL PRIMARY KEY,
    site_id           UUID          NOT NULL,
    version           INT           DEFAULT 0 NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    case_role_id      UUID          NOT NULL REFERENCES case_role (id),
    status            VARCHAR(20)   NOT NULL,            -- ProtectionStatus name: the latest effective entry
    status_on         DATE          NOT NULL,            -- the date of that entry (identification before any)
    follow_up_on      DATE,                              -- past it, the victim is overdue
    follow_up_note    VARCHAR(500),
    guardian_name     VARCHAR(200),                      -- guardian or representative (minors)
    guardian_relation VARCHAR(200),                      -- relationship or organisation
    guardian_contact  VARCHAR(500),
    CONSTRAINT victim_protection_link_uq UNIQUE (case_role_id)
);
-- the view: counts and pages by status, oldest change first; overdue follow-ups
CREATE INDEX victim_protection_status_idx ON victim_protection (status, status_on);
CREATE INDEX victim_protection_follow_up_idx ON victim_protection (follow_up_on);

CREATE TABLE protection_entry (
    id                UUID          NOT NULL PRIMARY KEY,
    site_id           UUID          NOT NULL,
    version           INT           DEFAULT 0 NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    case_role_id      UUID          NOT NULL REFERENCES case_role (id),
    seq_no            INT           NOT NULL,            -- 1, 2, ... within the link: the order of recording
    status            VARCHAR(20)   NOT NULL,
    entry_on          DATE          NOT NULL,
    note              VARCHAR(2000),
    follow_up_on      DATE,                              -- the follow-up set with this entry, if any
    corrects_entry_id UUID          REFERENCES protection_entry (id),
    reason            VARCHAR(2000)                      -- why, for a correction
);
CREATE UNIQUE INDEX protection_entry_link_idx ON protection_entry (case_role_id, seq_no);
CREATE INDEX protection_entry_corrects_idx ON protection_entry (corrects_entry_id);
