-- Vigia foundation schema. Conventions (DESIGN.md section 3): every entity table has a
-- time-ordered UUID id, the id of the site (field office) that created the row, a version for
-- optimistic locking, created/updated by and at, and a deleted_at tombstone.

CREATE TABLE site (
    id            UUID          NOT NULL PRIMARY KEY,
    site_id       UUID          NOT NULL,
    version       INT           DEFAULT 0 NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE,
    name          VARCHAR(120)  NOT NULL,
    country       CHAR(2)       NOT NULL,          -- ISO 3166-1 alpha-2
    office_code   VARCHAR(12)   NOT NULL,          -- e.g. CO-BOG, prefix of case numbers
    is_local      BOOLEAN       DEFAULT FALSE NOT NULL,
    operator_name VARCHAR(100)  NOT NULL
);
CREATE INDEX site_local_idx ON site (is_local);

CREATE TABLE operation (
    id                UUID          NOT NULL PRIMARY KEY,
    site_id           UUID          NOT NULL,
    version           INT           DEFAULT 0 NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    code              VARCHAR(30)   NOT NULL,
    code_norm         VARCHAR(30)   NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    countries         VARCHAR(2) ARRAY,            -- ISO 3166-1 alpha-2
    coordination_unit VARCHAR(200),
    partners          VARCHAR(200) ARRAY,
    CONSTRAINT operation_dates_ck CHECK (end_date >= start_date),
    CONSTRAINT operation_code_uq UNIQUE (code_norm)
);

CREATE TABLE case_file (
    id                UUID          NOT NULL PRIMARY KEY,
    site_id           UUID          NOT NULL,
    version           INT           DEFAULT 0 NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    case_number       VARCHAR(40)   NOT NULL,
    case_number_norm  VARCHAR(40)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    operation_id      UUID          REFERENCES operation (id),
    offences          VARCHAR(30) ARRAY NOT NULL,  -- OffenceType names
    status            VARCHAR(20)   NOT NULL,      -- HTCDS case status
    lead_investigator VARCHAR(100)  NOT NULL,
    opened_on         DATE          NOT NULL,
    country           CHAR(2)       NOT NULL,
    locality          VARCHAR(120),
    narrative         VARCHAR(20000),
    trafficking_act   VARCHAR(2000),
    trafficking_means VARCHAR(2000),
    trafficking_purpose VARCHAR(2000),
    search_text       VARCHAR(400)  NOT NULL,      -- number + title + place, upper case, accents folded
    -- a deleted case keeps its number reserved, so printed references stay unambiguous
    CONSTRAINT case_number_uq UNIQUE (site_id, case_number_norm)
);
-- Sort orders of the case list, alone and after an equality filter (deleted rows are rare and
-- filtered while walking these).
CREATE INDEX case_number_idx         ON case_file (case_number_norm);
CREATE INDEX case_opened_idx         ON case_file (opened_on, case_number_norm);
CREATE INDEX case_status_idx         ON case_file (status, case_number_norm);
CREATE INDEX case_status_opened_idx  ON case_file (status, opened_on, case_number_norm);
CREATE INDEX case_operation_idx      ON case_file (operation_id, case_number_norm);
CREATE INDEX case_operation_opened_idx ON case_file (operation_id, opened_on, case_number_norm);
CREATE INDEX case_deleted_idx        ON case_file (deleted_at);

-- Search support kept in step by CaseService (derived data, rebuilt on every write of a case;
-- a deleted case has none): the words of number, title and place for prefix search, and one
-- row per offence for the offence filter.
CREATE TABLE case_word (
    word     VARCHAR(40) NOT NULL,
    case_id  UUID        NOT NULL REFERENCES case_file (id),
    PRIMARY KEY (word, case_id)
);
CREATE INDEX case_word_case_idx ON case_word (case_id);

CREATE TABLE case_offence (
    offence  VARCHAR(30) NOT NULL,
    case_id  UUID        NOT NULL REFERENCES case_file (id),
    PRIMARY KEY (offence, case_id)
);
CREATE INDEX case_offence_case_idx ON case_offence (case_id);

-- Counter behind generated case numbers: one row per office prefix and year.
CREATE TABLE case_number_counter (
    prefix      VARCHAR(20) NOT NULL,
    counter_year INT        NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (prefix, counter_year)
);

-- Append-only, hash-chained audit log.
CREATE TABLE audit_event (
    seq          BIGINT        NOT NULL PRIMARY KEY,
    event_id     UUID          NOT NULL,
    site_id      UUID          NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name    VARCHAR(100)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    UUID,
    summary      VARCHAR(2000) NOT NULL,
    prev_hash    CHAR(64)      NOT NULL,
    hash         CHAR(64)      NOT NULL,
    CONSTRAINT audit_event_id_uq UNIQUE (event_id)
);
