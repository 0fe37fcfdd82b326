package org.vigia.model;

/** What an offline watch list holds. Label key watchlist.kind.NAME. */
public enum WatchListKind {
    /** Wanted persons: names, date of birth, nationality, notice type and reference. */
    PERSONS,
    /** Stolen or lost travel documents: number, type, issuing country. */
    DOCUMENTS
}
