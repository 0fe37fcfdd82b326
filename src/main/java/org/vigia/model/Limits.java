package org.vigia.model;

/** Field length limits, shared by the services, the forms and the tests. */
public final class Limits {
    public static final int OFFICE_NAME = 120;
    public static final int OFFICE_CODE = 12;
    public static final int PERSON_NAME = 100;
    public static final int OPERATION_CODE = 30;
    public static final int OPERATION_NAME = 120;
    public static final int COORDINATION_UNIT = 200;
    public static final int PARTNER = 200;
    public static final int MAX_PARTNERS = 50;
    public static final int CASE_NUMBER = 40;
    public static final int CASE_TITLE = 200;
    public static final int LOCALITY = 120;
    public static final int NARRATIVE = 20000;
    public static final int ELEMENT = 2000;
    public static final int AUDIT_USER = 100;
    public static final int AUDIT_ACTION = 40;
    // roles in cases and journeys
    public static final int ROLE_NOTE = 2000;
    public static final int CRIMINAL_GROUP = 200;
    public static final int NOTICE_REFERENCE = 60;
    public static final int RECRUITMENT_PLATFORMS = 500;
    public static final int IDENTIFIED_BY = 200;
    public static final int IDENTIFIED_AT = 200;
    public static final int RECLASSIFICATION_REASON = 2000;
    public static final int JOURNEY_NOTES = 2000;
    public static final int MAX_AGE = 120;
    /** The largest fee amount accepted (exclusive), in any currency. */
    public static final long MAX_FEE = 1_000_000_000_000L;
    public static final int FEE_DECIMALS = 3;
    public static final int MAX_JOURNEY_SEQUENCE = 9_999;
    public static final int SEIZURE_DESCRIPTION = 2000;
    /** Digits before the decimal point of a seized amount (DECIMAL(18,2)). */
    public static final int AMOUNT_INTEGER_DIGITS = 16;
    public static final int CUSTODY_HOLDER = 120;
    public static final int CUSTODY_PURPOSE = 500;
    public static final int EVIDENCE_FILE_NAME = 255;
    public static final int EVIDENCE_MEDIA_TYPE = 127;
    /** The largest evidence file kept inside the database: 100 MB. */
    public static final long EVIDENCE_FILE_BYTES = 100L * 1024 * 1024;
    // victim protection
    public static final int PROTECTION_NOTE = 2000;
    public static final int FOLLOW_UP_NOTE = 500;
    public static final int GUARDIAN_NAME = 200;
    public static final int GUARDIAN_RELATION = 200;
    public static final int GUARDIAN_CONTACT = 500;

    private Limits() {
    }
}
