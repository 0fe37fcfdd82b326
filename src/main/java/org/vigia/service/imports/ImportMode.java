package org.vigia.service.imports;

/** What an import does with a file that has bad rows. */
public enum ImportMode {
    /** Any bad row: nothing is imported (the report still lists every bad row). */
    ALL_OR_NOTHING,
    /** The good rows are imported, the bad ones listed in the report. */
    SKIP_BAD_ROWS
}
