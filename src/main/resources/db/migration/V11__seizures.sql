-- Seizures and evidence of a case (issue "Seizures and evidence per case"): what was seized,
-- when, where and from whom; its chain of custody; and evidence files. A file's content is kept
-- in the (encrypted) database itself, never in a loose file, with the SHA-256 taken as it arrived.
CREATE TABLE seizure (
    id                    UUID          NOT NULL PRIMARY KEY,
    site_id               UUID          NOT NULL,
    version               INT           DEFAULT 0 NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(100)  NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(100)  NOT NULL,
    deleted_at            TIMESTAMP WITH TIME ZONE,
    case_id               UUID          NOT NULL REFERENCES case_file (id),
    seizure_type          VARCHAR(30)   NOT NULL,       -- SeizureType names
    quantity              INT,                           -- items (phones, documents, vehicles ...)
    amount                DECIMAL(18,2),                 -- money (cash, a frozen account's balance)
    currency              CHAR(3),                       -- ISO 4217, with an amount only
    description           VARCHAR(2000),
    seized_on             DATE          NOT NULL,
    country               CHAR(2)       NOT NULL,        -- ISO 3166-1 alpha-2
    locality              VARCHAR(120),
    seized_from_person_id UUID          REFERENCES person (id),
    CONSTRAINT seizure_quantity_ck CHECK (quantity IS NULL OR quantity >= 0),
    CONSTRAINT seizure_amount_ck CHECK (amount IS NULL OR amount >= 0),
    CONSTRAINT seizure_currency_ck CHECK ((amount IS NULL) = (currency IS NULL))
);
CREATE INDEX seizure_case_idx ON seizure (case_id, seized_on);
CREATE INDEX seizure_person_idx ON seizure (seized_from_person_id);

-- The chain of custody of a seizure: each hand-over, in order.
CREATE TABLE custody_transfer (
    id             UUID          NOT NULL PRIMARY KEY,
    site_id        UUID          NOT NULL,
    version        INT           DEFAULT 0 NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    deleted_at     TIMESTAMP WITH TIME ZONE,
    seizure_id     UUID          NOT NULL REFERENCES seizure (id),
    seq            INT           NOT NULL,              -- 1, 2, 3 ... per seizure
    holder         VARCHAR(120)  NOT NULL,
    transferred_on DATE          NOT NULL,
    purpose        VARCHAR(500),
    CONSTRAINT custody_transfer_seq_uq UNIQUE (seizure_id, seq)
);

-- Evidence files of a seizure: the content (a BLOB inside the encrypted database) and the
-- SHA-256 recorded when it was attached, to show later whether it still matches.
CREATE TABLE evidence_file (
    id          UUID          NOT NULL PRIMARY KEY,
    site_id     UUID          NOT NULL,
    version     INT           DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE,
    seizure_id  UUID          NOT NULL REFERENCES seizure (id),
    file_name   VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(127),
    size_bytes  BIGINT        NOT NULL,
    sha256      CHAR(64)      NOT NULL,                 -- lower-case hex
    content     BLOB          NOT NULL,
    CONSTRAINT evidence_file_size_ck CHECK (size_bytes > 0)
);
CREATE INDEX evidence_file_seizure_idx ON evidence_file (seizure_id);
