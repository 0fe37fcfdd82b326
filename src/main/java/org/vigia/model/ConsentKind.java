package org.vigia.model;

/**
 * What a victim consents to (HTCDS, Primero): receiving services, the reporting of data that
 * cannot identify them, and sharing their data with a named organisation. Label key care.consentKind.NAME.
 */
public enum ConsentKind {
    SERVICES, NON_IDENTIFIABLE_REPORTING, SHARING
}
