package org.vigia.model;

/**
 * HTCDS v2.0 relationship of a victim to the trafficker ("Unaquainted" as the standard spells it).
 * Stored by name; label key victim.relationship.NAME.
 */
public enum TraffickerRelationship {
    Familial, Acquainted, Unaquainted
}
