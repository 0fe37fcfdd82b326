-- Accounts. Passwords are not stored here: each account's password unwraps that account's
-- slot of the data key in vigia.keys beside the (encrypted) database.
CREATE TABLE app_user (
    id             UUID          NOT NULL PRIMARY KEY,
    site_id        UUID          NOT NULL,
    version        INT           DEFAULT 0 NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    deleted_at     TIMESTAMP WITH TIME ZONE,
    user_name      VARCHAR(40)   NOT NULL,
    user_name_norm VARCHAR(40)   NOT NULL,         -- accents folded, upper case: unique
    display_name   VARCHAR(100)  NOT NULL,
    roles          VARCHAR(20) ARRAY NOT NULL,
    CONSTRAINT app_user_name_uq UNIQUE (user_name_norm)
);

-- Minutes of inactivity after which the window locks; set by an administrator.
ALTER TABLE site ADD COLUMN idle_lock_minutes INT DEFAULT 15 NOT NULL;
ALTER TABLE site ADD CONSTRAINT site_idle_lock_ck CHECK (idle_lock_minutes BETWEEN 1 AND 240);
