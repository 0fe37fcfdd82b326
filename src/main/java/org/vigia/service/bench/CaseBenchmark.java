package org.vigia.service.bench;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_OFFENCE;
import static org.vigia.db.schema.Tables.CASE_WORD;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseSort;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.model.Operation;
import org.vigia.service.Ids;
import org.vigia.service.SearchWords;
import org.vigia.service.ServiceContext;
import org.vigia.service.cases.CaseService;
import org.vigia.service.operations.OperationService;

/**
 * Fills a scratch database with generated cases and measures the case list's queries: the
 * first page, and 100 filtered searches (each a page of 100 plus the total count).
 */
public final class CaseBenchmark {
    private static final String[] WORDS = {"Terminal", "Puerto", "Frontera", "Aeropuerto", "Río",
        "Mina", "Bus", "Smuggling", "Trafficking", "Forced labour", "Night club", "Cúcuta", "Lethem",
        "Tapachula", "Darién", "Paramaribo", "Bridgetown", "Manaus", "Tumbes", "Georgetown"};
    private static final String[] COUNTRIES = {"CO", "BR", "MX", "GY", "SR", "TT", "BB", "PE", "PA", "SV"};
    private static final int BATCH = Integer.getInteger("vigia.bench.batch", 5_000);

    /** Figures of the list queries on a filled database. */
    public record Result(long cases, double firstPageMillis, double firstCountMillis,
                         double pageP50, double pageP95, double searchP50, double searchP95,
                         long heapUsedBytes, long heapPeakBytes) {
    }

    private final ServiceContext ctx;
    private final OperationService operations;
    private final CaseService cases;

    public CaseBenchmark(ServiceContext ctx, OperationService operations, CaseService cases) {
        this.ctx = ctx;
        this.operations = operations;
        this.cases = cases;
    }

    /** Adds five operations and {@code count} generated cases; returns the time taken in ms. */
    public long fill(int count, LongConsumer progress) {
        List<UUID> ops = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ops.add(operations.save(new Operation(null, 0, "BENCH-" + i, "Bench operation " + i,
                    LocalDate.of(2020 + i, 1, 1), LocalDate.of(2020 + i, 1, 10), List.of("CO"), "", List.of())).id());
        }
        long t0 = System.nanoTime();
        // A bulk load: every commit rewrote the pages its rows touched in each of a dozen
        // indexes, so a million cases left tens of GB of old page versions in the file. The
        // plain indexes of the case tables are dropped for the fill and built again after it,
        // each in one sorted pass; H2 may reuse freed space at once (scratch data).
        DSLContext dsl = ctx.dsl();
        dsl.execute("SET RETENTION_TIME 0");
        List<String> dropped = new ArrayList<>();
        for (var r : dsl.fetch("SCRIPT NODATA")) {
            String sql = r.get(0, String.class);
            if (sql.startsWith("CREATE INDEX ") && (sql.contains("\"PUBLIC\".\"CASE_FILE\"(")
                    || sql.contains("\"PUBLIC\".\"CASE_WORD\"(") || sql.contains("\"PUBLIC\".\"CASE_OFFENCE\"("))) {
                String name = sql.substring("CREATE INDEX ".length(), sql.indexOf(" ON "));
                try {
                    dsl.execute("DROP INDEX " + name);
                    dropped.add(sql);
                } catch (org.jooq.exception.DataAccessException e) {
                    // an index a constraint needs stays
                }
            }
        }
        try {
            fill(count, ops, progress);
        } finally {
            for (String sql : dropped) {
                dsl.execute(sql);
            }
            // the counts CaseService keeps in step, for the whole load at once
            dsl.execute("DELETE FROM case_count");
            dsl.execute("""
                    INSERT INTO case_count (status, operation_key, offence_mask, cases)
                    SELECT status, COALESCE(operation_id, CAST('00000000-0000-0000-0000-000000000000' AS UUID)),
                           offence_mask, COUNT(*)
                    FROM case_file WHERE deleted_at IS NULL
                    GROUP BY status, COALESCE(operation_id, CAST('00000000-0000-0000-0000-000000000000' AS UUID)),
                             offence_mask""");
            // and by word, grouped in the order of an index led by the grouped columns
            dsl.execute("DELETE FROM case_word_count");
            dsl.execute("""
                    INSERT INTO case_word_count (word, status, operation_key, offence_mask, cases)
                    SELECT word, status, COALESCE(operation_id, CAST('00000000-0000-0000-0000-000000000000' AS UUID)),
                           offence_mask, COUNT(*)
                    FROM case_word USE INDEX (case_word_filter_idx)
                    GROUP BY word, status, operation_id, offence_mask""");
            dsl.execute("SET RETENTION_TIME 45000");
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Measures the first page, the total and 100 filtered searches on the filled database. */
    public Result measure() {
        List<UUID> ops = operations.list().stream().map(Operation::id).toList();
        long count = cases.count(CaseQuery.all());
        resetPeaks();
        long p0 = System.nanoTime();
        cases.page(CaseQuery.all(), 0, 100);
        double firstPage = (System.nanoTime() - p0) / 1e6;
        long c0 = System.nanoTime();
        cases.count(CaseQuery.all());
        double firstCount = (System.nanoTime() - c0) / 1e6;

        Random r = new Random(7);
        double[] pages = new double[100];
        double[] searches = new double[100];
        for (int i = 0; i < 100; i++) {
            CaseQuery q = randomQuery(r, ops);
            long s0 = System.nanoTime();
            cases.page(q, 0, 100);
            long s1 = System.nanoTime();
            cases.count(q);
            long s2 = System.nanoTime();
            pages[i] = (s1 - s0) / 1e6;
            searches[i] = (s2 - s0) / 1e6;
        }
        Arrays.sort(pages);
        Arrays.sort(searches);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return new Result(count, firstPage, firstCount, pages[49], pages[94],
                searches[49], searches[94], used, peakHeap());
    }

    private static CaseQuery randomQuery(Random r, List<UUID> ops) {
        String text = switch (r.nextInt(4)) {
            case 0 -> WORDS[r.nextInt(WORDS.length)];
            case 1 -> String.valueOf(1000 + r.nextInt(9000));
            default -> null;
        };
        UUID op = r.nextInt(3) == 0 ? ops.get(r.nextInt(ops.size())) : null;
        CaseStatus status = r.nextInt(3) == 0 ? CaseStatus.values()[r.nextInt(4)] : null;
        OffenceType offence = r.nextInt(3) == 0 ? OffenceType.values()[r.nextInt(6)] : null;
        if (text == null && op == null && status == null && offence == null) {
            status = CaseStatus.Active;
        }
        CaseSort sort = CaseSort.values()[r.nextInt(CaseSort.values().length)];
        return new CaseQuery(text, op, status, offence, sort, r.nextBoolean());
    }

    private void fill(int count, List<UUID> ops, LongConsumer progress) {
        Random r = new Random(42);
        UUID site = ctx.siteId();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        DSLContext dsl = ctx.dsl();
        for (int start = 0; start < count; start += BATCH) {
            int end = Math.min(count, start + BATCH);
            int from = start;
            dsl.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                BatchBindStep batch = tx.batch(tx.insertInto(CASE_FILE,
                        CASE_FILE.ID, CASE_FILE.SITE_ID, CASE_FILE.VERSION, CASE_FILE.CREATED_AT,
                        CASE_FILE.CREATED_BY, CASE_FILE.UPDATED_AT, CASE_FILE.UPDATED_BY,
                        CASE_FILE.CASE_NUMBER, CASE_FILE.CASE_NUMBER_NORM, CASE_FILE.TITLE,
                        CASE_FILE.OPERATION_ID, CASE_FILE.OFFENCES, CASE_FILE.STATUS,
                        CASE_FILE.LEAD_INVESTIGATOR, CASE_FILE.OPENED_ON, CASE_FILE.COUNTRY,
                        CASE_FILE.LOCALITY, CASE_FILE.SEARCH_TEXT, CASE_FILE.OFFENCE_MASK)
                        .values((UUID) null, null, null, null, null, null, null, null, null, null,
                                null, null, null, null, null, null, null, null, null));
                BatchBindStep words = tx.batch(tx.insertInto(CASE_WORD, CASE_WORD.WORD, CASE_WORD.CASE_ID,
                        CASE_WORD.STATUS, CASE_WORD.OPERATION_ID, CASE_WORD.OFFENCE_MASK,
                        CASE_WORD.CASE_NUMBER_NORM, CASE_WORD.OPENED_ON)
                        .values((String) null, null, null, null, null, null, null));
                BatchBindStep offences = tx.batch(tx.insertInto(CASE_OFFENCE, CASE_OFFENCE.OFFENCE,
                        CASE_OFFENCE.CASE_ID, CASE_OFFENCE.STATUS, CASE_OFFENCE.OPERATION_ID,
                        CASE_OFFENCE.CASE_NUMBER_NORM, CASE_OFFENCE.OPENED_ON)
                        .values((String) null, null, null, null, null, null));
                for (int i = from; i < end; i++) {
                    UUID id = Ids.next();
                    String number = String.format("BN-BEN-%d-%07d", 2020 + i % 6, i + 1);
                    String place = WORDS[r.nextInt(WORDS.length)] + " " + (i % 997);
                    String title = "Bench case " + WORDS[r.nextInt(WORDS.length)] + " " + i;
                    OffenceType off = OffenceType.values()[r.nextInt(6)];
                    UUID op = r.nextInt(4) == 0 ? null : ops.get(r.nextInt(ops.size()));
                    String status = CaseStatus.values()[r.nextInt(4)].name();
                    LocalDate opened = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000));
                    batch.bind(id, site, 0, now, "bench", now, "bench", number, number,
                            title, op, new String[] {off.name()}, status,
                            "Bench investigator", opened,
                            COUNTRIES[r.nextInt(COUNTRIES.length)], place,
                            org.vigia.service.TextNorm.fold(number + " " + title + " " + place), off.bit());
                    for (String w : SearchWords.index(number, title, place)) {
                        words.bind(w, id, status, op, off.bit(), number, opened);
                    }
                    offences.bind(off.name(), id, status, op, number, opened);
                }
                batch.execute();
                words.execute();
                offences.execute();
            });
            progress.accept(end);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
