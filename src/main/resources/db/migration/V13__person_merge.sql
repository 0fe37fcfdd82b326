-- Merging two records of one human being (issue "People and evidence"): the merged person is
-- tombstoned and points at the one kept; every row that named it is moved to the one kept, and
-- each move is remembered so that the merge can be undone until the next snapshot export.
ALTER TABLE person ADD COLUMN merged_into UUID;

CREATE TABLE person_merge (
    id           UUID          NOT NULL PRIMARY KEY,
    site_id      UUID          NOT NULL,
    version      INT           DEFAULT 0 NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE,
    kept_id      UUID          NOT NULL REFERENCES person (id),
    merged_id    UUID          NOT NULL REFERENCES person (id),
    reason       VARCHAR(500)  NOT NULL,
    kept_version INT           NOT NULL,             -- the kept person's version right after the merge
    undone_at    TIMESTAMP WITH TIME ZONE,           -- set when the merge is undone
    exported_at  TIMESTAMP WITH TIME ZONE            -- set by the next snapshot export: no undo after it
);
CREATE INDEX person_merge_kept_idx ON person_merge (kept_id);
CREATE INDEX person_merge_merged_idx ON person_merge (merged_id);

-- One row per row moved by a merge: which table and column named the merged person.
CREATE TABLE person_merge_move (
    merge_id     UUID          NOT NULL REFERENCES person_merge (id),
    table_name   VARCHAR(60)   NOT NULL,
    column_name  VARCHAR(60)   NOT NULL,
    row_id       UUID          NOT NULL,
    PRIMARY KEY (merge_id, table_name, column_name, row_id)
);
