-- Offline watch lists (wanted persons; stolen and lost travel documents) in versions, and the
-- hits of checks against them. A version is imported in the IMPORTING state and only becomes
-- CURRENT when every row is in, so a failed or interrupted import is never half-visible
-- (leftover IMPORTING versions are deleted at the next import).
CREATE TABLE watch_list (
    id          UUID          NOT NULL PRIMARY KEY,
    site_id     UUID          NOT NULL,
    version     INT           DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE,
    name        VARCHAR(200)  NOT NULL,
    name_norm   VARCHAR(200)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,   -- PERSONS, DOCUMENTS
    CONSTRAINT watch_list_name_uq UNIQUE (name_norm)
);

CREATE TABLE watch_list_version (
    id           UUID          NOT NULL PRIMARY KEY,
    site_id      UUID          NOT NULL,
    version      INT           DEFAULT 0 NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE,
    list_id      UUID          NOT NULL REFERENCES watch_list (id),
    list_version VARCHAR(40)   NOT NULL,  -- as in the file header, compared part by part as numbers
    list_date    DATE          NOT NULL,
    source       VARCHAR(200)  NOT NULL,
    state        VARCHAR(20)   NOT NULL,  -- IMPORTING, CURRENT, SUPERSEDED
    entry_count  INT           DEFAULT 0 NOT NULL,
    file_sha256  VARCHAR(64)   NOT NULL,
    CONSTRAINT watch_list_version_uq UNIQUE (list_id, list_version)
);
CREATE INDEX watch_list_version_state_idx ON watch_list_version (state, list_id);

CREATE TABLE watch_person (
    id            UUID          NOT NULL PRIMARY KEY,
    version_id    UUID          NOT NULL REFERENCES watch_list_version (id),
    line_no       INT           NOT NULL,
    given_names   VARCHAR(200),
    family_names  VARCHAR(200)  NOT NULL,
    name_norm     VARCHAR(400)  NOT NULL,
    birth_date    DATE,
    nationality   VARCHAR(2),
    notice_type   VARCHAR(30),
    notice_ref    VARCHAR(60)
);
-- phonetic keys of each listed name (as person_name_pair for persons), with the birth date for the range
CREATE TABLE watch_person_key (
    version_id  UUID          NOT NULL,
    name_key    VARCHAR(40)   NOT NULL,
    birth_date  DATE,
    person_id   UUID          NOT NULL REFERENCES watch_person (id),
    PRIMARY KEY (person_id, name_key)   -- one row per key of a listed person; serves the foreign key too
);
CREATE INDEX watch_person_key_idx ON watch_person_key (name_key, birth_date, version_id);
CREATE INDEX watch_person_version_idx ON watch_person (version_id);

CREATE TABLE watch_document (
    id             UUID          NOT NULL PRIMARY KEY,
    version_id     UUID          NOT NULL REFERENCES watch_list_version (id),
    line_no        INT           NOT NULL,
    doc_number     VARCHAR(40)   NOT NULL,
    doc_number_norm VARCHAR(40)  NOT NULL,
    doc_type       VARCHAR(20)   NOT NULL,
    doc_country    VARCHAR(2)    NOT NULL,
    reported_as    VARCHAR(20)                -- STOLEN, LOST, REVOKED, INVALIDATED
);
CREATE INDEX watch_document_key_idx ON watch_document (doc_number_norm, doc_type, doc_country, version_id);
CREATE INDEX watch_document_version_idx ON watch_document (version_id);

-- Which list versions a check was matched against.
CREATE TABLE border_check_list (
    check_id    UUID NOT NULL REFERENCES border_check (id),
    version_id  UUID NOT NULL REFERENCES watch_list_version (id),
    PRIMARY KEY (check_id, version_id)
);

-- A check's match with a list entry, found at entry or later (late) by re-matching a newer version.
CREATE TABLE watch_hit (
    id            UUID          NOT NULL PRIMARY KEY,
    site_id       UUID          NOT NULL,
    version       INT           DEFAULT 0 NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE,
    check_id      UUID          NOT NULL REFERENCES border_check (id),
    version_id    UUID          NOT NULL REFERENCES watch_list_version (id),
    watch_person_id   UUID      REFERENCES watch_person (id),
    watch_document_id UUID      REFERENCES watch_document (id),
    late          BOOLEAN       DEFAULT FALSE NOT NULL,
    follow_up     VARCHAR(20)   NOT NULL,   -- OPEN, CONFIRMED, DISCARDED, REFERRED
    follow_up_note VARCHAR(2000),
    CONSTRAINT watch_hit_entry_ck CHECK ((watch_person_id IS NULL) <> (watch_document_id IS NULL))
);
CREATE INDEX watch_hit_check_idx ON watch_hit (check_id);
CREATE INDEX watch_hit_follow_idx ON watch_hit (follow_up, late, created_at);
