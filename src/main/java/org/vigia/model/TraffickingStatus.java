package org.vigia.model;

/** HTCDS v2.0 trafficking status of a victim. Stored by name; label key victim.status.NAME. */
public enum TraffickingStatus {
    PossibleVictimOfTrafficking, ActualVictimOfTrafficking, NotAVictimOfTrafficking
}
