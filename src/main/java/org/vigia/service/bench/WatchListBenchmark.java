package org.vigia.service.bench;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.BORDER_CHECK_LIST;
import static org.vigia.db.schema.Tables.CHECKPOINT_CONTROL;
import static org.vigia.db.schema.Tables.TRANSIT_POINT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.vigia.model.CheckSubject;
import org.vigia.model.Operation;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.ServiceContext;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.operations.OperationService;
import org.vigia.service.persons.PersonKeys;
import org.vigia.service.watchlists.RematchReport;
import org.vigia.service.watchlists.WatchImportReport;
import org.vigia.service.watchlists.WatchListService;

/**
 * {@code vigia bench watchlist}: imports generated lists (half persons, half documents), times the
 * match of one check (name, date of birth and a document) against them, then stores past checks
 * and re-matches them against a new version of each list.
 */
public final class WatchListBenchmark {
    private static final int BATCH = 2_000;
    /** One past check in this many is of a person and a document added by the new versions (late hits). */
    private static final int LATE_EVERY = 100;
    private static final int NEW_ENTRIES = 1_000;

    /** The timing of one step: its rows and milliseconds. */
    public record Step(long rows, long millis) {
        public double rowsPerSecond() {
            return rows * 1000.0 / Math.max(1, millis);
        }
    }

    /** Every figure of one run. */
    public record Result(Step importV1, Step matchChecks, double matchP50, double matchP95, long matchHits, Step insertChecks,
                         Step importV2, Step rematch, long lateHits, long heapUsedBytes) {
    }

    private final ServiceContext ctx;
    private final WatchListService lists;
    private final OperationService operations;

    public WatchListBenchmark(ServiceContext ctx, WatchListService lists, OperationService operations) {
        this.ctx = ctx;
        this.lists = lists;
        this.operations = operations;
    }

    public Result run(Path folder, int entries, int checks, Consumer<String> log) {
        long persons = entries / 2;
        long documents = entries - persons;
        Path p1 = folder.resolve("persons-1.csv");
        Path d1 = folder.resolve("documents-1.csv");
        WatchListFiles.persons(p1, "1", persons);
        WatchListFiles.documents(d1, "1", documents);
        log.accept("files written");
        long t0 = System.nanoTime();
        imported(lists.importVersion(p1, ImportListener.NONE));
        imported(lists.importVersion(d1, ImportListener.NONE));
        Step importV1 = new Step(entries, millis(t0));
        log.accept("version 1 imported");

        int lookups = 1_000;
        double[] times = new double[lookups];
        long hits = 0;
        Random r = new Random(11);
        long m0 = System.nanoTime();
        for (int i = 0; i < lookups; i++) {
            CheckSubject s = i % 2 == 0
                    ? WatchListFiles.checkOf(WatchListFiles.person(r.nextInt((int) persons)),
                    WatchListFiles.document(r.nextInt((int) documents)))
                    : WatchListFiles.checkOf(WatchListFiles.person(persons + NEW_ENTRIES + i),
                    WatchListFiles.document(documents + NEW_ENTRIES + i));
            long t = System.nanoTime();
            hits += lists.matcher().preview(s).hits().size();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Step matchChecks = new Step(lookups, millis(m0));
        Arrays.sort(times);
        log.accept("matching measured");

        long c0 = System.nanoTime();
        insertChecks(checks, persons, documents);
        Step insert = new Step(checks, millis(c0));
        log.accept("past checks stored");

        Path p2 = folder.resolve("persons-2.csv");
        Path d2 = folder.resolve("documents-2.csv");
        WatchListFiles.persons(p2, "2", persons + NEW_ENTRIES);
        WatchListFiles.documents(d2, "2", documents + NEW_ENTRIES);
        long v0 = System.nanoTime();
        UUID pv = imported(lists.importVersion(p2, ImportListener.NONE));
        UUID dv = imported(lists.importVersion(d2, ImportListener.NONE));
        Step importV2 = new Step(entries + 2L * NEW_ENTRIES, millis(v0));
        log.accept("version 2 imported");
        long r0 = System.nanoTime();
        RematchReport rp = lists.rematch(pv, ImportListener.NONE);
        RematchReport rd = lists.rematch(dv, ImportListener.NONE);
        Step rematch = new Step(rp.checks() + rd.checks(), millis(r0));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new Result(importV1, matchChecks, times[lookups / 2 - 1], times[lookups * 95 / 100 - 1], hits, insert,
                importV2, rematch, rp.lateHits() + rd.lateHits(), rt.totalMemory() - rt.freeMemory());
    }

    private static UUID imported(WatchImportReport r) {
        if (r.refused()) {
            throw new VigiaException("error.unexpected");
        }
        return r.versionId();
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Stores {@code count} past checks of one control, each of a person and a document, as
     * checked against the current versions; one in {@value #LATE_EVERY} is of entries that only
     * the new versions list.
     */
    private void insertChecks(int count, long persons, long documents) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID site = ctx.siteId();
        Operation op = operations.save(new Operation(null, 0, "WL-BENCH-" + System.currentTimeMillis() % 100_000,
                "Watch-list benchmark", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of("CO"), null, List.of()));
        UUID control = Ids.next();
        List<UUID> versions = lists.matcher().preview(new CheckSubject("a", "b", null, null, "x", null, null))
                .checkedAgainst().stream().map(v -> v.versionId()).toList();
        ctx.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            UUID point = Ids.next();
            tx.insertInto(TRANSIT_POINT).set(TRANSIT_POINT.ID, point).set(TRANSIT_POINT.SITE_ID, site)
                    .set(TRANSIT_POINT.CREATED_AT, now).set(TRANSIT_POINT.CREATED_BY, "bench").set(TRANSIT_POINT.UPDATED_AT, now)
                    .set(TRANSIT_POINT.UPDATED_BY, "bench").set(TRANSIT_POINT.POINT_TYPE, "RIVER")
                    .set(TRANSIT_POINT.NAME, "Bench river post").set(TRANSIT_POINT.NAME_NORM, "BENCH RIVER POST")
                    .set(TRANSIT_POINT.COUNTRY, "CO").execute();
            tx.insertInto(CHECKPOINT_CONTROL).set(CHECKPOINT_CONTROL.ID, control).set(CHECKPOINT_CONTROL.SITE_ID, site)
                    .set(CHECKPOINT_CONTROL.CREATED_AT, now).set(CHECKPOINT_CONTROL.CREATED_BY, "bench")
                    .set(CHECKPOINT_CONTROL.UPDATED_AT, now).set(CHECKPOINT_CONTROL.UPDATED_BY, "bench")
                    .set(CHECKPOINT_CONTROL.OPERATION_ID, op.id()).set(CHECKPOINT_CONTROL.TRANSIT_POINT_ID, point)
                    .set(CHECKPOINT_CONTROL.SHIFT_START, now.minusDays(30)).set(CHECKPOINT_CONTROL.SHIFT_END, now).execute();
        });
        Random r = new Random(3);
        for (int start = 0; start < count; start += BATCH) {
            int end = Math.min(count, start + BATCH);
            int from = start;
            ctx.dsl().transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                BatchBindStep rows = tx.batch(tx.insertInto(BORDER_CHECK, BORDER_CHECK.ID, BORDER_CHECK.SITE_ID,
                        BORDER_CHECK.CREATED_AT, BORDER_CHECK.CREATED_BY, BORDER_CHECK.UPDATED_AT, BORDER_CHECK.UPDATED_BY,
                        BORDER_CHECK.CONTROL_ID, BORDER_CHECK.CHECKED_AT, BORDER_CHECK.GIVEN_NAMES, BORDER_CHECK.FAMILY_NAMES,
                        BORDER_CHECK.BIRTH_DATE, BORDER_CHECK.NATIONALITY, BORDER_CHECK.DOC_NUMBER, BORDER_CHECK.DOC_NUMBER_NORM,
                        BORDER_CHECK.DOC_TYPE, BORDER_CHECK.DOC_COUNTRY, BORDER_CHECK.RESULT, BORDER_CHECK.ACTION)
                        .values((UUID) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                                null, null, null, null));
                BatchBindStep against = tx.batch(tx.insertInto(BORDER_CHECK_LIST, BORDER_CHECK_LIST.CHECK_ID,
                        BORDER_CHECK_LIST.VERSION_ID).values((UUID) null, null));
                for (int i = from; i < end; i++) {
                    boolean late = i % LATE_EVERY == 0;
                    CheckSubject s = late
                            ? WatchListFiles.checkOf(WatchListFiles.person(persons + (i / LATE_EVERY) % NEW_ENTRIES),
                            WatchListFiles.document(documents + (i / LATE_EVERY) % NEW_ENTRIES))
                            : WatchListFiles.unlisted(r, WatchListFiles.document(documents + NEW_ENTRIES + i));
                    UUID id = Ids.next();
                    rows.bind(id, site, now, "bench", now, "bench", control, now, s.givenNames(), s.familyNames(),
                            s.birthDate(), s.nationality(), s.docNumber(), PersonKeys.documentNorm(s.docNumber()),
                            s.docType().name(), s.docCountry(), "NO_HIT", "NONE");
                    for (UUID v : versions) {
                        against.bind(id, v);
                    }
                }
                rows.execute();
                if (!versions.isEmpty()) {
                    against.execute();
                }
            });
        }
    }
}
