package org.vigia.service.watchlists;

import java.util.List;
import java.util.UUID;
import org.vigia.model.FieldError;
import org.vigia.model.WatchListKind;
import org.vigia.service.imports.RejectedRow;

/**
 * The outcome of importing one list file. A refused file ({@code versionId} null) stored nothing:
 * {@code problems} says why (the header block, the columns, the version, or the count of bad
 * rows), and {@code rejected} lists the first {@value #MAX_REJECTED} bad rows by line, out of
 * {@code rejectedCount}. An imported file is the list's CURRENT version ({@code supersededId}: the
 * version it replaced); {@code checksRematched} past checks were matched against it, with
 * {@code lateHits} new hits.
 */
public record WatchImportReport(String fileName, String listName, WatchListKind kind, String listVersion,
                                long rowsRead, long imported, List<RejectedRow> rejected, long rejectedCount,
                                List<FieldError> problems, UUID versionId, UUID supersededId, long checksRematched,
                                long lateHits) {
    public static final int MAX_REJECTED = 100;

    public WatchImportReport {
        rejected = List.copyOf(rejected);
        problems = List.copyOf(problems);
    }

    public boolean refused() {
        return versionId == null;
    }

    WatchImportReport withRematch(long checks, long late) {
        return new WatchImportReport(fileName, listName, kind, listVersion, rowsRead, imported, rejected, rejectedCount,
                problems, versionId, supersededId, checks, late);
    }
}
