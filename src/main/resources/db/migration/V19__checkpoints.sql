-- Transit points, checkpoint controls and the checks made there (issue "Transit points,
-- checkpoint controls and offline watch-list checks"). Counted checks and tallies are kept apart:
-- a tally ("850 travellers screened, 0 hits") is never turned into check rows.
CREATE TABLE transit_point (
    id              UUID          NOT NULL PRIMARY KEY,
    site_id         UUID          NOT NULL,
    version         INT           DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    point_type      VARCHAR(30)   NOT NULL,   -- model.TransitPointType
    name            VARCHAR(200)  NOT NULL,
    name_norm       VARCHAR(200)  NOT NULL,   -- folded, for duplicates (same type, country, name)
    country         VARCHAR(2)    NOT NULL,   -- ISO 3166-1 alpha-2
    locality        VARCHAR(120),
    latitude        DECIMAL(9, 6),
    longitude       DECIMAL(9, 6),
    CONSTRAINT transit_point_lat_ck CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    CONSTRAINT transit_point_lon_ck CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    CONSTRAINT transit_point_coords_ck CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX transit_point_name_idx ON transit_point (country, name_norm, deleted_at);

CREATE TABLE checkpoint_control (
    id               UUID          NOT NULL PRIMARY KEY,
    site_id          UUID          NOT NULL,
    version          INT           DEFAULT 0 NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    deleted_at       TIMESTAMP WITH TIME ZONE,
    operation_id     UUID          NOT NULL REFERENCES operation (id),
    transit_point_id UUID          NOT NULL REFERENCES transit_point (id),
    shift_start      TIMESTAMP WITH TIME ZONE NOT NULL,
    shift_end        TIMESTAMP WITH TIME ZONE NOT NULL,
    officers         VARCHAR(1000),
    notes            VARCHAR(2000),
    CONSTRAINT checkpoint_control_shift_ck CHECK (shift_end > shift_start)
);
CREATE INDEX checkpoint_control_point_idx ON checkpoint_control (transit_point_id, shift_start);
CREATE INDEX checkpoint_control_operation_idx ON checkpoint_control (operation_id, shift_start);

-- One traveller or document checked: the person part, the document part, or both.
CREATE TABLE border_check (
    id               UUID          NOT NULL PRIMARY KEY,
    site_id          UUID          NOT NULL,
    version          INT           DEFAULT 0 NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    deleted_at       TIMESTAMP WITH TIME ZONE,
    control_id       UUID          NOT NULL REFERENCES checkpoint_control (id),
    checked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    external_ref     VARCHAR(100),                 -- CSV import key (idempotent re-imports)
    -- person checked
    given_names      VARCHAR(200),
    family_names     VARCHAR(200),
    birth_date       DATE,
    gender           VARCHAR(30),                  -- HTCDS gender
    nationality      VARCHAR(2),
    minor            BOOLEAN,
    -- document checked
    doc_number       VARCHAR(40),
    doc_number_norm  VARCHAR(40),                  -- upper case, letters and digits only
    doc_type         VARCHAR(20),                  -- model.DocumentType
    doc_country      VARCHAR(2),                   -- issuing country
    -- travel
    direction        VARCHAR(10),                  -- ENTRY, EXIT, TRANSIT
    purpose          VARCHAR(30),                  -- model.TravelPurpose
    conveyance       VARCHAR(20),                  -- FLIGHT, BUS, VESSEL, VEHICLE, ON_FOOT, OTHER
    conveyance_ref   VARCHAR(60),                  -- flight number, bus line, vehicle plate, vessel name
    vessel_imo       VARCHAR(7),                   -- 7 digits
    vessel_flag      VARCHAR(2),
    -- outcome
    result           VARCHAR(20)   NOT NULL,       -- NO_HIT, HIT_CONFIRMED, HIT_DISCARDED, HIT_PENDING
    action           VARCHAR(30)   NOT NULL,       -- NONE, REFERRED, DETAINED, IRREGULAR_MIGRANT, VICTIM_IDENTIFIED, SUSPECT_ARRESTED
    notes            VARCHAR(2000),
    person_id        UUID          REFERENCES person (id),     -- set by "from a check to a case"
    case_role_id     UUID          REFERENCES case_role (id),
    CONSTRAINT border_check_something_ck CHECK (family_names IS NOT NULL OR given_names IS NOT NULL
                                               OR doc_number IS NOT NULL)
);
CREATE INDEX border_check_control_idx ON border_check (control_id, deleted_at, checked_at);
CREATE INDEX border_check_ref_idx ON border_check (external_ref);

-- A high-volume count entered instead of one check per traveller.
CREATE TABLE check_tally (
    id                 UUID          NOT NULL PRIMARY KEY,
    site_id            UUID          NOT NULL,
    version            INT           DEFAULT 0 NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    deleted_at         TIMESTAMP WITH TIME ZONE,
    control_id         UUID          NOT NULL REFERENCES checkpoint_control (id),
    persons_screened   INT           DEFAULT 0 NOT NULL,
    documents_checked  INT           DEFAULT 0 NOT NULL,
    hits               INT           DEFAULT 0 NOT NULL,
    note               VARCHAR(2000),
    CONSTRAINT check_tally_counts_ck CHECK (persons_screened >= 0 AND documents_checked >= 0
                                            AND hits >= 0 AND hits <= persons_screened + documents_checked)
);
CREATE INDEX check_tally_control_idx ON check_tally (control_id, deleted_at);
