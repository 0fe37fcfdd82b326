-- Persons: each human being stored once, whatever their part in which case (issue "People and
-- evidence"). Normalised name columns and phonetic keys are kept in step by PersonService.
CREATE TABLE person (
    id                   UUID          NOT NULL PRIMARY KEY,
    site_id              UUID          NOT NULL,
    version              INT           DEFAULT 0 NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100)  NOT NULL,
    deleted_at           TIMESTAMP WITH TIME ZONE,
    given_names          VARCHAR(120)  NOT NULL,
    family_names         VARCHAR(120)  NOT NULL,
    aliases              VARCHAR(120) ARRAY,
    gender               VARCHAR(30),                 -- HTCDS gender code
    birth_date           DATE,
    birth_date_estimated BOOLEAN       DEFAULT FALSE NOT NULL,
    age_years            INT,                          -- an age at a date, when the birth date is unknown
    age_on               DATE,
    citizenships         VARCHAR(2) ARRAY,             -- ISO 3166-1 alpha-2
    languages            VARCHAR(3) ARRAY,             -- ISO 639
    contact              VARCHAR(500),
    notes                VARCHAR(4000),
    name_norm            VARCHAR(300)  NOT NULL,       -- family then given names folded: accents off, upper case
    birth_year           INT,                          -- from the birth date or the age (for matching)
    CONSTRAINT person_age_ck CHECK (age_years IS NULL OR age_years BETWEEN 0 AND 120),
    CONSTRAINT person_age_on_ck CHECK ((age_years IS NULL) = (age_on IS NULL))
);
CREATE INDEX person_name_idx ON person (name_norm);
CREATE INDEX person_live_idx ON person (deleted_at, name_norm);

-- Identity documents of a person.
CREATE TABLE person_document (
    id              UUID          NOT NULL PRIMARY KEY,
    site_id         UUID          NOT NULL,
    version         INT           DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    person_id       UUID          NOT NULL REFERENCES person (id),
    doc_type        VARCHAR(30)   NOT NULL,
    number          VARCHAR(40)   NOT NULL,
    number_norm     VARCHAR(40)   NOT NULL,            -- letters and digits only, upper case
    issuing_country CHAR(2),
    expires_on      DATE
);
CREATE INDEX person_document_number_idx ON person_document (number_norm, person_id);
CREATE INDEX person_document_person_idx ON person_document (person_id);

-- One row per phonetic key (Double Metaphone, primary and alternate) of each name word of a
-- live person: the candidates for "is this the same person?" are found by index, not by scan.
CREATE TABLE person_name_key (
    name_key   VARCHAR(12) NOT NULL,
    person_id  UUID        NOT NULL,
    birth_year INT,
    PRIMARY KEY (name_key, person_id)
);
CREATE INDEX person_name_key_person_idx ON person_name_key (person_id);
