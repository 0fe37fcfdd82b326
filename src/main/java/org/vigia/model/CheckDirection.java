package org.vigia.model;

/** Which way a checked traveller was going. Label key checkpoint.direction.NAME. */
public enum CheckDirection {
    ENTRY, EXIT, TRANSIT
}
