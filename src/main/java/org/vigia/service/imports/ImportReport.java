package org.vigia.service.imports;

import java.util.List;

/**
 * The outcome of importing one file. {@code rowsRead} counts the data rows (blank lines are not
 * rows); {@code created}, {@code updated} and {@code unchanged} count the rows written (all zero
 * when {@code written} is false: an all-or-nothing import with bad rows, or no good row).
 * {@code notices} are about good rows (possible duplicates...), by line.
 */
public record ImportReport(String kind, String fileName, ImportMode mode, long rowsRead, long created,
                           long updated, long unchanged, List<RejectedRow> rejected, boolean written,
                           List<ImportNotice> notices) {
    public ImportReport {
        rejected = List.copyOf(rejected);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** A report without notices. */
    public ImportReport(String kind, String fileName, ImportMode mode, long rowsRead, long created,
                        long updated, long unchanged, List<RejectedRow> rejected, boolean written) {
        this(kind, fileName, mode, rowsRead, created, updated, unchanged, rejected, written, List.of());
    }

    /** Rows that passed every check (imported, unless the mode refused the whole file). */
    public long goodRows() {
        return rowsRead - rejected.size();
    }

    /** Whether an all-or-nothing import was refused because of bad rows. */
    public boolean refused() {
        return !written && !rejected.isEmpty() && mode == ImportMode.ALL_OR_NOTHING;
    }
}
