package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_COUNT;
import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_WORD;
import static org.vigia.db.schema.Tables.OPERATION;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseSort;
import org.vigia.model.CaseStatus;
import org.vigia.model.CaseSummary;
import org.vigia.service.ServiceContext;
import org.vigia.service.SearchWords;
import org.vigia.service.cases.CaseWords.Prefix;

/**
 * The case list: filtered, sorted and paged in SQL, never loaded whole (decision 0002). A page
 * walks an index in the sort order and stops after the page, or reads the few matches of a
 * search table's index range ({@link CaseRanges}); totals are sums of kept counts where they can be.
 */
final class CaseQueries {
    public static final int MAX_PAGE = 1_000;
    /** A page may always read this many entries of a search table's range (a few ms). */
    static final int MIN_RANGE = 5_000;
    /**
     * Cost of one step of a walk along a sort index, in entries of a search table's range read:
     * the walk checks filters from the index entry alone (about twice a range entry), and a word
     * checked by lookup adds one lookup in case_word per step. Measured with {@code vigia bench cases}.
     */
    static final int WALK_ENTRY = 2;
    static final int WALK_WORD = 20;
    /** Fixed budget of a range read (tests), or -1 for the cost model. */
    private final long rangeBudget;
    private final ServiceContext ctx;

    CaseQueries(ServiceContext ctx, long rangeBudget) {
        this.ctx = ctx;
        this.rangeBudget = rangeBudget;
    }

    List<CaseSummary> page(CaseQuery q, int offset, int limit) {
        int size = Math.max(0, Math.min(limit, MAX_PAGE));
        int from = Math.max(0, offset);
        List<String> words = SearchWords.query(q.text());
        List<Prefix> prefixes = words.isEmpty() ? List.of() : CaseWords.plan(ctx.dsl(), words, q);
        List<UUID> ids;
        if (words.isEmpty()) {
            ids = q.offence() == null ? null : offencePage(q, from, size);
        } else if (prefixes.get(0).single()) {
            ids = wordPage(q, prefixes, from, size);
        } else {
            // a prefix of many words drives: its range while within budget, else the walk below
            ids = CaseRanges.page(ctx.dsl(), q, prefixes, from, size, rangeBudget(from + size, WALK_WORD));
        }
        List<Record10<UUID, String, String, UUID, String[], String, java.time.LocalDate, String, String, String>> rows;
        if (ids != null) {
            rows = byIds(ids);
        } else {
            // one table only, so H2 can walk the sort index and stop after the page
            rows = select(q, prefixes).offset(from).limit(size).fetch();
        }
        Set<UUID> opIds = new HashSet<>();
        rows.forEach(r -> {
            if (r.value4() != null) {
                opIds.add(r.value4());
            }
        });
        Map<UUID, String> codes = opIds.isEmpty() ? Map.of() : ctx.dsl()
                .select(OPERATION.ID, OPERATION.CODE).from(OPERATION).where(OPERATION.ID.in(opIds))
                .fetchMap(OPERATION.ID, OPERATION.CODE);
        return rows.stream().map(r -> summary(r, codes)).toList();
    }

    /**
     * Whether reading a search table's range ({@code range} entries) beats walking a sort index
     * to the page: a walk checks about {@code all / matches × rows} entries, each costing
     * {@link #WALK_ENTRY} range entries.
     */
    static boolean rangeWins(long range, long matches, long all, int rows) {
        return (double) range * matches < (double) WALK_ENTRY * all * Math.max(rows, 1);
    }

    /**
     * A page of an offence without words: its matches are counted from case_count first, so the
     * choice of range (case_offence) or walk (case_file's sort index, null) reads nothing twice.
     */
    private List<UUID> offencePage(CaseQuery q, int from, int size) {
        if (rangeBudget >= 0) {
            return CaseRanges.page(ctx.dsl(), q, List.of(), from, size, rangeBudget);
        }
        long matches = count(q);
        if (matches == 0) {
            return List.of();
        }
        long cases = ctx.dsl().fetchCount(CASE_FILE); // H2 keeps the row count: free
        return rangeWins(matches, matches, cases, from + size)
                ? CaseRanges.page(ctx.dsl(), q, List.of(), from, size, Long.MAX_VALUE) : null;
    }

    /**
     * A page driven by one indexed word (the rarest of the query's): the word's counts tell how
     * many cases it has, how many its filter range holds and how many match, which picks the
     * range read or the walk along the word's own sort index.
     */
    private List<UUID> wordPage(CaseQuery q, List<Prefix> words, int from, int size) {
        if (rangeBudget >= 0) {
            List<UUID> ids = CaseRanges.page(ctx.dsl(), q, words, from, size, rangeBudget);
            return ids != null ? ids : wordWalk(q, words, from, size);
        }
        CaseWordCounts.Sums s = CaseWordCounts.sums(ctx.dsl(), words.get(0).word(), q);
        if (s.matches() == 0) {
            return List.of();
        }
        return rangeWins(s.range(), s.matches(), s.all(), from + size)
                ? CaseRanges.page(ctx.dsl(), q, words, from, size, Long.MAX_VALUE)
                : wordWalk(q, words, from, size);
    }

    /**
     * A page read along the index of case_word led by the driving word and ordered by the sort
     * key (V9): the filters are checked from the index entries (written so that H2 keeps to that
     * index) and each other word by one lookup, stopping after the page.
     */
    private List<UUID> wordWalk(CaseQuery q, List<Prefix> words, int from, int size) {
        Condition c = CASE_WORD.WORD.eq(DSL.inline(words.get(0).word()));
        if (q.status() != null) {
            Condition status = CASE_WORD.STATUS.eq(DSL.inline(q.status().name()));
            // sorted by status, the status's own part of the (word, status, number) index is the page
            c = c.and(q.sort() == CaseSort.STATUS ? status : notIndexed(status));
        }
        if (q.operationId() != null) {
            c = c.and(notIndexed(CASE_WORD.OPERATION_ID.eq(q.operationId())));
        }
        if (q.offence() != null) {
            c = c.and(notIndexed(DSL.bitAnd(CASE_WORD.OFFENCE_MASK, DSL.inline(q.offence().bit())).ne(DSL.inline(0))));
        }
        c = c.and(CaseWords.alsoHas(words.subList(1, words.size()), CASE_WORD.CASE_ID));
        return ctx.dsl().select(CASE_WORD.CASE_ID).from(CASE_WORD).where(c).orderBy(wordOrder(q))
                .offset(from).limit(size).fetch(CASE_WORD.CASE_ID);
    }

    /**
     * The sort order over one word's rows, led by the (fixed) word: H2 matches an ORDER BY to an
     * index column by column from the first, so without it the page would be sorted, not walked.
     */
    static List<SortField<?>> wordOrder(CaseQuery q) {
        boolean asc = q.ascending();
        List<org.jooq.Field<?>> keys = switch (q.sort()) {
            case NUMBER -> List.of(CASE_WORD.WORD, CASE_WORD.CASE_NUMBER_NORM);
            case OPENED_ON -> List.of(CASE_WORD.WORD, CASE_WORD.OPENED_ON, CASE_WORD.CASE_NUMBER_NORM);
            case STATUS -> List.of(CASE_WORD.WORD, CASE_WORD.STATUS, CASE_WORD.CASE_NUMBER_NORM);
        };
        return keys.stream().<SortField<?>>map(f -> asc ? f.asc() : f.desc()).toList();
    }

    /**
     * How many index entries a page may read from a search table before walking the sort index
     * is cheaper, when its matches are not counted: a walk checks about
     * {@code cases / matches × (offset + limit)} index entries, each costing {@code walkCost}
     * range entries; reading the range costs its matches, so the range wins while
     * {@code matches² < walkCost × cases × (offset + limit)}.
     */
    private long rangeBudget(int rows, int walkCost) {
        if (rangeBudget >= 0) {
            return rangeBudget;
        }
        long cases = ctx.dsl().fetchCount(CASE_FILE); // H2 keeps the row count: free
        return Math.max(MIN_RANGE, (long) Math.sqrt((double) walkCost * cases * Math.max(rows, 1)));
    }

    /** The live cases of these ids, in the order of the ids (one lookup by id each). */
    private List<Record10<UUID, String, String, UUID, String[], String, java.time.LocalDate, String, String, String>>
            byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Record10<UUID, String, String, UUID, String[], String, java.time.LocalDate, String, String, String>>
                found = ctx.dsl()
                .select(CASE_FILE.ID, CASE_FILE.CASE_NUMBER, CASE_FILE.TITLE, CASE_FILE.OPERATION_ID,
                        CASE_FILE.OFFENCES, CASE_FILE.STATUS, CASE_FILE.OPENED_ON,
                        CASE_FILE.COUNTRY, CASE_FILE.LOCALITY, CASE_FILE.LEAD_INVESTIGATOR)
                .from(CASE_FILE)
                .where(CASE_FILE.ID.in(ids).and(CASE_FILE.DELETED_AT.isNull()))
                .fetchMap(CASE_FILE.ID);
        List<Record10<UUID, String, String, UUID, String[], String, java.time.LocalDate, String, String, String>>
                rows = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            var r = found.get(id);
            if (r != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** Every match in order, read through one cursor (an export: no growing offsets). */
    void each(CaseQuery q, long max, java.util.function.Consumer<CaseSummary> action) {
        Map<UUID, String> codes = ctx.dsl().select(OPERATION.ID, OPERATION.CODE).from(OPERATION)
                .fetchMap(OPERATION.ID, OPERATION.CODE);
        List<String> words = SearchWords.query(q.text());
        List<Prefix> prefixes = words.isEmpty() ? List.of() : CaseWords.plan(ctx.dsl(), words, q);
        try (var cursor = select(q, prefixes).limit(max).fetchSize(1_000).fetchLazy()) {
            for (var r : cursor) {
                action.accept(summary(r, codes));
            }
        }
    }

    private org.jooq.SelectSeekStepN<Record10<UUID, String, String, UUID, String[], String, java.time.LocalDate,
            String, String, String>> select(CaseQuery q, List<Prefix> words) {
        return ctx.dsl()
                .select(CASE_FILE.ID, CASE_FILE.CASE_NUMBER, CASE_FILE.TITLE, CASE_FILE.OPERATION_ID,
                        CASE_FILE.OFFENCES, CASE_FILE.STATUS, CASE_FILE.OPENED_ON,
                        CASE_FILE.COUNTRY, CASE_FILE.LOCALITY, CASE_FILE.LEAD_INVESTIGATOR)
                .from(CASE_FILE)
                .where(pageFilter(q, words))
                .orderBy(order(q));
    }

    private static CaseSummary summary(Record10<UUID, String, String, UUID, String[], String, java.time.LocalDate,
            String, String, String> r, Map<UUID, String> codes) {
        return new CaseSummary(r.value1(), r.value2(), r.value3(),
                r.value4() == null ? null : codes.get(r.value4()),
                CaseRecords.offences(r.value5()), CaseStatus.valueOf(r.value6()),
                r.value7(), r.value8(), r.value9() == null ? "" : r.value9(), r.value10());
    }

    /**
     * The total of a query, from kept counts where the shape allows: without words a sum over
     * case_count, one indexed word (with any filters) a sum over its rows of case_word_count.
     * Otherwise the driving word's index ranges are counted (the search tables carry status and
     * operation; deleted cases have no rows), the other words checked by lookup.
     */
    long count(CaseQuery q) {
        DSLContext dsl = ctx.dsl();
        List<String> words = SearchWords.query(q.text());
        if (words.isEmpty()) {
            // a sum over the few rows of case_count (live cases by status, operation and offences),
            // the unfiltered total included: no table or index of cases is read
            Condition c = DSL.and(CaseRanges.eqIf(CASE_COUNT.STATUS, name(q.status())),
                    q.operationId() == null ? DSL.noCondition() : CASE_COUNT.OPERATION_KEY.eq(q.operationId()),
                    q.offence() == null ? DSL.noCondition()
                            : DSL.bitAnd(CASE_COUNT.OFFENCE_MASK, DSL.inline(q.offence().bit())).ne(DSL.inline(0)));
            Long total = dsl.select(DSL.sum(CASE_COUNT.CASES).cast(Long.class)).from(CASE_COUNT).where(c)
                    .fetchOne(0, Long.class);
            return total == null ? 0 : total;
        }
        List<Prefix> prefixes = CaseWords.plan(dsl, words, q);
        Prefix first = prefixes.get(0);
        if (prefixes.size() == 1 && first.single()) {
            return CaseWordCounts.sums(dsl, first.word(), q).matches();
        }
        // as for a page, one index range per status when there is an operation but no status
        long total = 0;
        // one indexed word has one row per case (the key); a prefix's words may share cases
        var counted = first.single() ? DSL.count() : DSL.countDistinct(CASE_WORD.CASE_ID);
        for (String status : CaseRanges.rangeStatuses(q)) {
            total += dsl.select(counted).from(CASE_WORD).where(CaseRanges.wordRows(q, prefixes, status))
                    .fetchOne(0, Long.class);
        }
        return total;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /**
     * Conditions of a page, written so that H2 walks the index of the sort order and checks
     * each entry, stopping after the page: live rows, status, operation and offence never pick
     * the index themselves (an index on a filter would make H2 sort every match first), and the
     * sort indexes carry their columns, so only words need a lookup per entry.
     */
    private Condition pageFilter(CaseQuery q, List<Prefix> words) {
        List<Condition> c = new ArrayList<>();
        c.add(notIndexed(CASE_FILE.DELETED_AT.isNull()));
        for (Prefix word : words) {
            c.add(DSL.exists(DSL.selectOne().from(CASE_WORD)
                    .where(CaseWords.condition(word, CASE_WORD.WORD).and(CASE_WORD.CASE_ID.eq(CASE_FILE.ID)))));
        }
        if (q.operationId() != null) {
            c.add(notIndexed(CASE_FILE.OPERATION_ID.eq(q.operationId())));
        }
        if (q.status() != null) {
            Condition status = CASE_FILE.STATUS.eq(q.status().name());
            if (q.sort() == CaseSort.STATUS) {
                // sorted by status, the status index gives that status's rows in order directly;
                // the (always true) range on its second column makes H2 prefer it to the
                // narrower indexes that start with status, which would sort every match
                c.add(status);
                c.add(CASE_FILE.CASE_NUMBER_NORM.ge(DSL.inline("")));
            } else {
                c.add(notIndexed(status));
            }
        }
        if (q.offence() != null) {
            // the sort indexes carry the offence mask: checked without reading the row
            c.add(notIndexed(DSL.bitAnd(CASE_FILE.OFFENCE_MASK, DSL.inline(q.offence().bit())).ne(DSL.inline(0))));
        }
        return DSL.and(c);
    }

    /** The same test as a CASE expression, which H2 never answers from an index. */
    private static Condition notIndexed(Condition condition) {
        return DSL.when(condition, DSL.inline(1)).otherwise(DSL.inline(0)).eq(DSL.inline(1));
    }

    static List<SortField<?>> order(CaseQuery q) {
        boolean asc = q.ascending();
        var number = asc ? CASE_FILE.CASE_NUMBER_NORM.asc() : CASE_FILE.CASE_NUMBER_NORM.desc();
        return switch (q.sort()) {
            case NUMBER -> List.of(number);
            case OPENED_ON -> List.of(asc ? CASE_FILE.OPENED_ON.asc() : CASE_FILE.OPENED_ON.desc(), number);
            case STATUS -> List.of(asc ? CASE_FILE.STATUS.asc() : CASE_FILE.STATUS.desc(), number);
        };
    }
}
