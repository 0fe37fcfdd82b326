package org.vigia.model;

/** One thing a role may do; the services check these, the screens only hide what is refused. */
public enum Permission {
    CASE_READ,
    CASE_WRITE,
    CASE_CLOSE,
    IDENTITY_REVEAL,
    SUMMARY_PRINT,
    SNAPSHOT_EXPORT,
    AUDIT_VIEW,
    ACCOUNT_MANAGE,
    SETTINGS_MANAGE
}
