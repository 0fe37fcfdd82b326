package org.vigia.model;

/** A service a victim is referred to. Stored by name; label key care.serviceType.NAME. */
public enum ServiceType {
    SHELTER, HEALTH, PSYCHOSOCIAL, LEGAL_AID, INTERPRETATION, REPATRIATION_ASSISTANCE, LIVELIHOOD,
    FAMILY_REUNIFICATION, OTHER
}
