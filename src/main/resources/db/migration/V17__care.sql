-- Care of a victim (issue 5 "Victim protection"): services and referrals, the HTCDS support plan,
-- and consent. Everything hangs off the victim's link row (case_role.id of a VICTIM link), so a
-- person who is a victim in two cases has two separate care records, and a merge carries them.

-- A referral of the victim to a provider of a service (shelter, health, legal aid ...), and what
-- became of it: referred -> accepted / declined, accepted -> delivered / declined, with dates.
CREATE TABLE service_referral (
    id              UUID          NOT NULL PRIMARY KEY,
    site_id         UUID          NOT NULL,
    version         INT           DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    case_role_id    UUID          NOT NULL REFERENCES case_role (id),
    service_type    VARCHAR(30)   NOT NULL,                -- ServiceType names
    provider_name   VARCHAR(200)  NOT NULL,
    provider_type   VARCHAR(40),                           -- HTCDS organisation type
    referred_on     DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL,                -- REFERRED, ACCEPTED, DELIVERED, DECLINED
    accepted_on     DATE,
    delivered_on    DATE,
    declined_on     DATE,
    notes           VARCHAR(2000)
);
CREATE INDEX service_referral_link_idx ON service_referral (case_role_id, deleted_at);

-- The HTCDS support plan of the victim: one row per item (type, objectives, actions, dates).
CREATE TABLE support_plan_item (
    id              UUID          NOT NULL PRIMARY KEY,
    site_id         UUID          NOT NULL,
    version         INT           DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    case_role_id    UUID          NOT NULL REFERENCES case_role (id),
    plan_type       VARCHAR(40)   NOT NULL,                -- HTCDS support plan type
    objectives      VARCHAR(2000) NOT NULL,
    actions         VARCHAR(2000),
    start_on        DATE,                                  -- started or agreed
    planned_end_on  DATE,
    actual_end_on   DATE,
    notes           VARCHAR(2000)
);
CREATE INDEX support_plan_item_link_idx ON support_plan_item (case_role_id, deleted_at);

-- Consent, append-only: each answer is a new row (a withdrawal is a row with given = FALSE); the
-- latest answer per kind (and per organisation for SHARING) is the one in force.
-- created_by is the account that recorded it; taken_by (optional) who asked the victim.
CREATE TABLE consent_record (
    id              UUID          NOT NULL PRIMARY KEY,
    site_id         UUID          NOT NULL,
    version         INT           DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    case_role_id    UUID          NOT NULL REFERENCES case_role (id),
    kind            VARCHAR(30)   NOT NULL,                -- SERVICES, NON_IDENTIFIABLE_REPORTING, SHARING
    organisation    VARCHAR(200),                          -- SHARING only: with whom
    given           BOOLEAN       NOT NULL,
    given_on        DATE          NOT NULL,
    taken_by        VARCHAR(200),
    CONSTRAINT consent_record_org_ck CHECK ((kind = 'SHARING') = (organisation IS NOT NULL))
);
CREATE INDEX consent_record_link_idx ON consent_record (case_role_id, given_on, created_at);
