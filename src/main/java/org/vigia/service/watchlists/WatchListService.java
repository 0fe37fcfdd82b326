package org.vigia.service.watchlists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.vigia.db.schema.tables.records.WatchListRecord;
import org.vigia.model.FieldError;
import org.vigia.model.HitFollowUp;
import org.vigia.model.ListVersionRef;
import org.vigia.model.Permission;
import org.vigia.model.VigiaException;
import org.vigia.model.WatchHit;
import org.vigia.model.WatchListInfo;
import org.vigia.model.WatchListState;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.imports.RejectedRow;

/**
 * Offline watch lists (docs/watchlist-csv.md): imports list files, all or nothing, as new
 * versions; lists them; re-matches past checks when a version becomes CURRENT; reads the hits.
 * A file is imported into an IMPORTING version batch by batch (a million rows stream through in
 * a small heap), then made CURRENT in one transaction with its audit event; a refused, cancelled
 * or interrupted import leaves nothing behind (a crash's IMPORTING leftover is removed at the next
 * import and is never matched).
 */
public final class WatchListService {
    /** IMPORTING versions being written by an import of this process (not leftovers). */
    private static final Set<UUID> RUNNING = ConcurrentHashMap.newKeySet();

    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;
    private final ListVersions versions;
    private final ListMatcher matcher;

    public WatchListService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
        this.versions = new ListVersions(ctx);
        this.matcher = new ListMatcher(ctx, audit);
    }

    /** The matcher of checks against the current versions (for the checks entry form). */
    public ListMatcher matcher() {
        return matcher;
    }

    /**
     * Imports a list file as the list's new CURRENT version, then re-matches the past checks
     * against it (late hits). Progress: the file's bytes, then the checks, as one fraction.
     * Cancel stops the import until the version is in (nothing stored); re-matching then runs to its end.
     */
    public WatchImportReport importList(Path file, ImportListener listener) {
        WatchImportReport report = importVersion(file, new ImportListener() {
            @Override
            public void progress(long done, long total) {
                listener.progress(total <= 0 ? 0 : done * 4_000 / total, 5_000);
            }

            @Override
            public boolean cancelled() {
                return listener.cancelled();
            }
        });
        if (report.refused()) {
            return report;
        }
        RematchReport counts = rematch(report.versionId(), new ImportListener() {
            @Override
            public void progress(long done, long total) {
                long part = total <= 0 ? 1_000 : done * 1_000 / total;
                listener.progress(4_000 + part, 5_000);
            }
        });
        return report.withRematch(counts.checks(), counts.lateHits());
    }

    /** Imports a list file as the list's new CURRENT version, without re-matching past checks. */
    public WatchImportReport importVersion(Path file, ImportListener listener) {
        access.require(Permission.CASE_WRITE);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        removeLeftovers();
        LocalDate today = LocalDate.now(ctx.clock());
        ListFile f;
        try {
            f = ListFile.open(file, today);
        } catch (ListRefusal r) {
            return refused(fileName, null, 0, List.of(), 0, r.problems());
        }
        try (f) {
            ListHeader h = f.header();
            List<FieldError> problems = listProblems(h);
            if (!problems.isEmpty()) {
                return refused(fileName, h, 0, List.of(), 0, problems);
            }
            UUID[] ids = versions.start(h);
            RUNNING.add(ids[1]);
            try {
                return new ListImport(ctx, audit, versions, f, ids[0], ids[1], fileName, listener).run();
            } catch (ListRefusal r) {
                ListVersions.remove(ctx.dsl(), ids[1]);
                return refused(fileName, h, 0, List.of(), 0, r.problems());
            } catch (RuntimeException e) {
                ListVersions.remove(ctx.dsl(), ids[1]);
                throw e;
            } finally {
                RUNNING.remove(ids[1]);
            }
        }
    }

    /** A list of another kind under the same name, or a version not newer than one imported. */
    private List<FieldError> listProblems(ListHeader h) {
        WatchListRecord list = ListVersions.list(ctx.dsl(), h.name());
        if (list == null) {
            return List.of();
        }
        if (!list.getKind().equals(h.kind().name())) {
            return List.of(FieldError.of(ListFormat.KIND, "watchlist.error.otherKind", list.getName(), list.getKind()));
        }
        String newest = ListVersions.newest(ctx.dsl(), list.getId());
        if (newest != null && ListHeader.compareVersions(h.version(), newest) <= 0) {
            return List.of(FieldError.of(ListFormat.VERSION, "watchlist.error.notNewer", h.version(), newest));
        }
        return List.of();
    }

    static WatchImportReport refused(String fileName, ListHeader h, long rows, List<RejectedRow> rejected, long rejectedCount,
                                     List<FieldError> problems) {
        return new WatchImportReport(fileName, h == null ? null : h.name(), h == null ? null : h.kind(),
                h == null ? null : h.version(), rows, 0, rejected, rejectedCount, problems, null, null, 0, 0);
    }

    private void removeLeftovers() {
        for (UUID id : ListVersions.importing(ctx.dsl())) {
            if (!RUNNING.contains(id)) {
                ListVersions.remove(ctx.dsl(), id);
            }
        }
    }

    /**
     * Matches the past checks not yet matched against {@code versionId} (a CURRENT version) and
     * stores their late hits; resumes an interrupted run. Audited with its counts.
     */
    public RematchReport rematch(UUID versionId, ImportListener listener) {
        access.require(Permission.CASE_WRITE);
        ListVersionRef version = ListVersions.current(ctx.dsl()).stream().filter(v -> v.versionId().equals(versionId))
                .findFirst().orElseThrow(() -> new VigiaException("watchlist.error.notCurrent"));
        RematchReport counts = new Rematcher(ctx).run(version, listener);
        ctx.dsl().transaction(cfg -> audit.append(cfg.dsl(), "WATCHLIST_REMATCH", "watch_list_version", versionId,
                String.format(Locale.ROOT, "past checks re-matched against watch list version %s: %d checks, %d late hits",
                        versionId, counts.checks(), counts.lateHits())));
        return counts;
    }

    /** Every list with its versions (state, date, source, entry count), by name. */
    public List<WatchListInfo> lists() {
        access.require(Permission.CASE_READ);
        List<WatchListInfo> all = new ArrayList<>();
        for (WatchListInfo l : ListVersions.all(ctx.dsl())) {
            all.add(new WatchListInfo(l.id(), l.name(), l.kind(),
                    l.versions().stream().filter(v -> v.state() != WatchListState.IMPORTING).toList()));
        }
        return all.stream().filter(l -> !l.versions().isEmpty()).toList();
    }

    /** Late hits for follow-up, newest first, a page at a time ({@code followUp} null: every state). */
    public List<WatchHit> lateHits(HitFollowUp followUp, int offset, int limit) {
        access.require(Permission.CASE_READ);
        return HitQueries.late(ctx.dsl(), followUp, Math.max(0, offset), Math.max(0, Math.min(limit, 1_000)));
    }

    public long countLateHits(HitFollowUp followUp) {
        access.require(Permission.CASE_READ);
        return HitQueries.countLate(ctx.dsl(), followUp);
    }

    /** The hits of one check (at entry and late), with their list entries. */
    public List<WatchHit> hitsOfCheck(UUID checkId) {
        access.require(Permission.CASE_READ);
        return HitQueries.ofCheck(ctx.dsl(), checkId);
    }

    /** The list versions one check was matched against. */
    public List<ListVersionRef> checkedAgainst(UUID checkId) {
        access.require(Permission.CASE_READ);
        return HitQueries.checkedAgainst(ctx.dsl(), checkId);
    }
}
