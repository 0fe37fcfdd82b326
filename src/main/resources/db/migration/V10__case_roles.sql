-- Persons' roles in cases (issue "People and evidence"): one link row per person, case and role,
-- with the fields of the role (suspect, victim, smuggled migrant; witness and other carry a note).
-- Codes are stored as their HTCDS identifiers; several codes as VARCHAR ARRAY columns.
CREATE TABLE case_role (
    id                      UUID          NOT NULL PRIMARY KEY,
    site_id                 UUID          NOT NULL,
    version                 INT           DEFAULT 0 NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)  NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100)  NOT NULL,
    deleted_at              TIMESTAMP WITH TIME ZONE,
    case_id                 UUID          NOT NULL REFERENCES case_file (id),
    person_id               UUID          NOT NULL REFERENCES person (id),
    role                    VARCHAR(20)   NOT NULL,       -- SUSPECT, VICTIM, SMUGGLED_MIGRANT, WITNESS, OTHER
    note                    VARCHAR(2000),
    -- suspect
    arrest_status           VARCHAR(20),
    arrested_on             DATE,
    arrest_country          VARCHAR(2),                   -- ISO 3166-1 alpha-2
    arrest_locality         VARCHAR(120),
    charges                 VARCHAR(30) ARRAY,            -- offence types
    process_roles           VARCHAR(40) ARRAY,            -- HTCDS perpetrator role in process
    criminal_group          VARCHAR(200),
    notice_colour           VARCHAR(10),
    notice_reference        VARCHAR(60),
    wanted_by               VARCHAR(2),
    -- victim
    trafficking_status      VARCHAR(40),                  -- HTCDS trafficking status
    status_decided_by       VARCHAR(40),
    status_decided_on       DATE,
    trafficker_relationship VARCHAR(20),
    age_trafficked          INT,
    recruitment_methods     VARCHAR(40) ARRAY,
    recruitment_platforms   VARCHAR(500),
    control_methods         VARCHAR(40) ARRAY,
    exploitation_types      VARCHAR(40) ARRAY,
    labour_industry         VARCHAR(80),                  -- ISIC Rev.4 section
    sexual_exploitation     VARCHAR(40),
    identified_by           VARCHAR(200),
    identified_at           VARCHAR(200),
    identified_on           DATE,
    -- smuggled migrant
    detected_country        VARCHAR(2),
    detected_place          VARCHAR(120),
    detected_on             DATE,
    fee_amount              DECIMAL(15, 3),
    fee_currency            VARCHAR(3),                   -- ISO 4217
    destination_country     VARCHAR(2),
    CONSTRAINT case_role_age_ck CHECK (age_trafficked IS NULL OR age_trafficked BETWEEN 0 AND 120),
    CONSTRAINT case_role_fee_ck CHECK (fee_amount IS NULL OR fee_amount >= 0)
);
CREATE INDEX case_role_case_idx ON case_role (case_id, deleted_at);
CREATE INDEX case_role_person_idx ON case_role (person_id, deleted_at);

-- The classification history of a link (smuggled migrant -> possible victim -> actual victim,
-- or back): append-only, one row per decision, with who decided, when and why.
CREATE TABLE case_role_reclassification (
    id               UUID          NOT NULL PRIMARY KEY,
    site_id          UUID          NOT NULL,
    version          INT           DEFAULT 0 NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    deleted_at       TIMESTAMP WITH TIME ZONE,
    case_role_id     UUID          NOT NULL REFERENCES case_role (id),
    seq_no           INT           NOT NULL,              -- 1, 2, ... within the link: the order of decisions
    from_role        VARCHAR(20),                         -- null: the first classification of the link
    from_status      VARCHAR(40),
    to_role          VARCHAR(20)   NOT NULL,
    to_status        VARCHAR(40),
    decided_by       VARCHAR(40),                         -- HTCDS deciding organisation
    decided_on       DATE,
    reason           VARCHAR(2000)
);
CREATE UNIQUE INDEX case_role_reclassification_link_idx ON case_role_reclassification (case_role_id, seq_no);

-- Journey legs of a person in a case (HTCDS trafficking event: Recruitment, Transit, Exploitation).
CREATE TABLE journey_leg (
    id              UUID          NOT NULL PRIMARY KEY,
    site_id         UUID          NOT NULL,
    version         INT           DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    case_id         UUID          NOT NULL REFERENCES case_file (id),
    person_id       UUID          NOT NULL REFERENCES person (id),
    event_type      VARCHAR(20)   NOT NULL,
    country         VARCHAR(2),
    place           VARCHAR(120),
    leg_date        DATE,
    conveyance      VARCHAR(20),
    notes           VARCHAR(2000),
    seq_no          INT           DEFAULT 0 NOT NULL    -- order among legs of the same date
);
CREATE INDEX journey_leg_case_person_idx ON journey_leg (case_id, person_id, deleted_at);
