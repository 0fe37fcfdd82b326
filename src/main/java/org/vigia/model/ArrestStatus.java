package org.vigia.model;

/** Where a suspect stands with the law. Stored by name; label key suspect.arrest.NAME. */
public enum ArrestStatus {
    Wanted, Arrested, Released, Charged, Convicted, Acquitted
}
