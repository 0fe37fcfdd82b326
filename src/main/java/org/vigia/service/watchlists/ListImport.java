package org.vigia.service.watchlists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.vigia.model.FieldError;
import org.vigia.model.WatchListKind;
import org.vigia.service.ServiceContext;
import org.vigia.service.audit.AuditService;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.imports.RejectedRow;

/**
 * One import of a list file whose head was accepted, into the IMPORTING version {@code versionId}:
 * every row is checked; while no row was bad, the good ones are written in batches. At the end a
 * file with any bad row (or none at all, or cancelled) has its version removed; a good one becomes
 * CURRENT, with its audit event, in one transaction.
 */
final class ListImport {
    private static final int PROGRESS_EVERY = 256;

    private final ServiceContext ctx;
    private final AuditService audit;
    private final ListVersions versions;
    private final ListFile file;
    private final UUID listId;
    private final UUID versionId;
    private final String fileName;
    private final ImportListener listener;
    private final List<RejectedRow> rejected = new ArrayList<>();
    private long rejectedCount;

    ListImport(ServiceContext ctx, AuditService audit, ListVersions versions, ListFile file, UUID listId, UUID versionId,
               String fileName, ImportListener listener) {
        this.ctx = ctx;
        this.audit = audit;
        this.versions = versions;
        this.file = file;
        this.listId = listId;
        this.versionId = versionId;
        this.fileName = fileName;
        this.listener = listener;
    }

    WatchImportReport run() {
        ListHeader h = file.header();
        Entries entries = new Entries(file.columns(), LocalDate.now(ctx.clock()));
        VersionWriter writer = new VersionWriter(ctx.dsl(), versionId);
        Fingerprints seen = new Fingerprints();
        int width = file.columns().size();
        long rows = 0;
        for (ListFile.Row row = file.next(); row != null; row = file.next()) {
            rows++;
            if (rows % PROGRESS_EVERY == 0) {
                if (listener.cancelled()) {
                    throw ListRefusal.of("", "error.import.cancelled");
                }
                listener.progress(file.bytesRead(), file.size());
            }
            List<FieldError> errors = new ArrayList<>();
            if (row.values().length != width) {
                errors.add(FieldError.of("", "error.import.row.fields", row.values().length, width));
            } else if (h.kind() == WatchListKind.PERSONS) {
                Entries.Person p = entries.person(row, errors);
                if (p != null && !duplicate(seen, p.identity(), row.line(), errors) && rejectedCount == 0) {
                    writer.add(p);
                }
            } else {
                Entries.Document d = entries.document(row, errors);
                if (d != null && !duplicate(seen, d.identity(), row.line(), errors) && rejectedCount == 0) {
                    writer.add(d);
                }
            }
            if (!errors.isEmpty()) {
                reject(row.line(), errors);
            }
        }
        if (listener.cancelled()) {
            throw ListRefusal.of("", "error.import.cancelled");
        }
        String sha = file.sha256();
        if (rejectedCount > 0 || rows == 0) {
            ListVersions.remove(ctx.dsl(), versionId);
            return WatchListService.refused(fileName, h, rows, rejected, rejectedCount, List.of(rejectedCount > 0
                    ? FieldError.of("", "watchlist.error.badRows", rejectedCount)
                    : FieldError.of("", "watchlist.error.noEntries")));
        }
        writer.flush();
        long count = rows;
        UUID superseded = ctx.dsl().transactionResult(cfg -> {
            String newest = ListVersions.newest(cfg.dsl(), listId);
            if (newest != null && ListHeader.compareVersions(h.version(), newest) <= 0) {
                throw ListRefusal.of(ListFormat.VERSION, "watchlist.error.notNewer", h.version(), newest);
            }
            UUID previous = versions.makeCurrent(cfg.dsl(), listId, versionId, count, sha);
            audit.append(cfg.dsl(), "WATCHLIST_IMPORT", "watch_list_version", versionId, String.format(Locale.ROOT,
                    "watch list %s (%s) version %s imported: %d entries, file sha256 %s, superseded version %s",
                    listId, h.kind().name(), versionId, count, sha, previous == null ? "none" : previous));
            return previous;
        });
        listener.progress(file.size(), file.size());
        return new WatchImportReport(fileName, h.name(), h.kind(), h.version(), rows, count, List.of(), 0, List.of(),
                versionId, superseded, 0, 0);
    }

    private static boolean duplicate(Fingerprints seen, String identity, long line, List<FieldError> errors) {
        long first = seen.firstLine(identity, line);
        if (first > 0) {
            errors.add(FieldError.of("", "watchlist.error.duplicate", first));
            return true;
        }
        return false;
    }

    private void reject(long line, List<FieldError> errors) {
        rejectedCount++;
        if (rejected.size() < WatchImportReport.MAX_REJECTED) {
            rejected.add(new RejectedRow(line, "", errors));
        }
    }
}
