package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_COUNT;
import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_OFFENCE;
import static org.vigia.db.schema.Tables.CASE_WORD;
import static org.vigia.db.schema.Tables.OPERATION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
import org.vigia.service.TextNorm;

/** The case list: filtered, sorted and paged in SQL, never loaded whole. */
final class CaseQueries {
    public static final int MAX_PAGE = 1_000;
    /** A page may always read this many entries of a search table's range (a few ms). */
    static final int MIN_RANGE = 5_000;
    /**
     * Cost of one step of a walk along a sort index, in entries of a search table's range read:
     * the walk checks filters from the index entry alone (about twice a range entry), and a word
     * adds one lookup in case_word per step. Measured with {@code vigia bench cases}.
     */
    static final int WALK_ENTRY = 2;
    static final int WALK_WORD = 20;
    /** Fixed budget of a range read (tests), or -1 for the cost model. */
    private final long rangeBudget;
    /** A prefix shared by at most this many distinct words is searched as that list of words. */
    static final int MAX_LISTED_WORDS = 50;
    /** Rows of a prefix read at once to list its words (about a millisecond). */
    private static final int FEW_ROWS = 1_000;
    private final ServiceContext ctx;

    CaseQueries(ServiceContext ctx, long rangeBudget) {
        this.ctx = ctx;
        this.rangeBudget = rangeBudget;
    }

    List<CaseSummary> page(CaseQuery q, int offset, int limit) {
        int size = Math.max(0, Math.min(limit, MAX_PAGE));
        int from = Math.max(0, offset);
        List<String> words = SearchWords.query(q.text());
        List<UUID> ids = words.isEmpty() && q.offence() == null ? null : rangePage(q, words, from, size);
        List<Record10<UUID, String, String, UUID, String[], String, java.time.LocalDate, String, String, String>> rows;
        if (ids != null) {
            rows = byIds(ids);
        } else {
            // one table only, so H2 can walk the sort index and stop after the page
            rows = select(q).offset(from).limit(size).fetch();
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

    /** A candidate of a page read from a search table's covering index. */
    private record Key(UUID id, String number, java.time.LocalDate opened, String status) {
    }

    /** The query's order over candidates; the same as {@link #order(CaseQuery)} over case_file. */
    static Comparator<Key> keyOrder(CaseQuery q) {
        Comparator<Key> number = Comparator.comparing(Key::number);
        Comparator<Key> c = switch (q.sort()) {
            case NUMBER -> number;
            case OPENED_ON -> Comparator.comparing(Key::opened).thenComparing(number);
            case STATUS -> Comparator.comparing(Key::status).thenComparing(number);
        };
        return q.ascending() ? c : c.reversed();
    }

    /**
     * The ids of a page of a query with words or an offence, chosen from the covering index of
     * a search table: every match's (id, sort keys) is read from the index range of the first
     * word (or the offence) and its filters, the best {@code offset + size} are kept, and only
     * the page's cases are then read. Returns null when the matches exceed the budget: walking
     * the sort index is then cheaper, as matches are dense enough to fill a page soon.
     */
    private List<UUID> rangePage(CaseQuery q, List<String> words, int offset, int size) {
        long budget = rangeBudget(offset + size, words.isEmpty() ? WALK_ENTRY : WALK_WORD);
        if (budget <= 0) {
            return null;
        }
        int keep = offset + size;
        Comparator<Key> order = keyOrder(q);
        // the worst kept candidate on top, so a better one replaces it
        PriorityQueue<Key> best = new PriorityQueue<>(Math.max(1, Math.min(keep, 1_024)) + 1, order.reversed());
        boolean dedupe;
        List<org.jooq.Select<? extends org.jooq.Record4<UUID, String, java.time.LocalDate, String>>> ranges = new ArrayList<>();
        List<String> statuses = rangeStatuses(q);
        if (words.isEmpty()) {
            dedupe = false;
            for (String status : statuses) {
                ranges.add(DSL.select(CASE_OFFENCE.CASE_ID, CASE_OFFENCE.CASE_NUMBER_NORM, CASE_OFFENCE.OPENED_ON,
                                CASE_OFFENCE.STATUS).from(CASE_OFFENCE)
                        .where(CASE_OFFENCE.OFFENCE.eq(q.offence().name()), eqIf(CASE_OFFENCE.STATUS, status),
                                eqIf(CASE_OFFENCE.OPERATION_ID, q.operationId())));
            }
        } else {
            List<String> listed = listedWords(words.get(0));
            dedupe = listed == null || listed.size() > 1; // a case may have several of the words
            for (String status : statuses) {
                ranges.add(DSL.select(CASE_WORD.CASE_ID, CASE_WORD.CASE_NUMBER_NORM, CASE_WORD.OPENED_ON,
                        CASE_WORD.STATUS).from(CASE_WORD).where(wordRows(q, words, listed, status)));
            }
        }
        Set<UUID> seen = dedupe ? new HashSet<>() : null;
        DSLContext dsl = ctx.dsl();
        boolean within = dsl.connectionResult(conn -> {
            // stream the range from the index instead of materialising it as a result first,
            // and read it through plain JDBC (tens of thousands of rows: no record per row)
            try (var st = conn.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            try {
                long read = 0;
                for (var range : ranges) {
                    try (var ps = conn.prepareStatement(dsl.render(range))) {
                        List<Object> binds = dsl.extractBindValues(range);
                        for (int i = 0; i < binds.size(); i++) {
                            ps.setObject(i + 1, binds.get(i));
                        }
                        ps.setFetchSize(1_000);
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) {
                                if (++read > budget) {
                                    return false;
                                }
                                UUID id = rs.getObject(1, UUID.class);
                                if (seen != null && !seen.add(id)) {
                                    continue;
                                }
                                Key k = new Key(id, rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                                        rs.getString(4));
                                if (best.size() < keep) {
                                    best.add(k);
                                } else if (keep > 0 && order.compare(k, best.peek()) < 0) {
                                    best.poll();
                                    best.add(k);
                                }
                            }
                        }
                    }
                }
                return true;
            } finally {
                try (var st = conn.createStatement()) {
                    st.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
            }
        });
        if (!within) {
            return null;
        }
        List<Key> sorted = new ArrayList<>(best);
        sorted.sort(order);
        return sorted.subList(Math.min(offset, sorted.size()), sorted.size()).stream().map(Key::id).toList();
    }

    /**
     * How many index entries a page may read from a search table before walking the sort index
     * is cheaper. A walk checks about {@code cases / matches × (offset + limit)} index entries,
     * each costing {@code walkCost} range entries; reading the range costs its matches, so the
     * range wins while {@code matches² < walkCost × cases × (offset + limit)}.
     */
    private long rangeBudget(int rows, int walkCost) {
        if (rangeBudget >= 0) {
            return rangeBudget;
        }
        long cases = ctx.dsl().fetchCount(CASE_FILE); // H2 keeps the row count: free
        return Math.max(MIN_RANGE, (long) Math.sqrt((double) walkCost * cases * Math.max(rows, 1)));
    }

    /** Every match in order, read through one cursor (an export: no growing offsets). */
    void each(CaseQuery q, long max, java.util.function.Consumer<CaseSummary> action) {
        Map<UUID, String> codes = ctx.dsl().select(OPERATION.ID, OPERATION.CODE).from(OPERATION)
                .fetchMap(OPERATION.ID, OPERATION.CODE);
        try (var cursor = select(q).limit(max).fetchSize(1_000).fetchLazy()) {
            for (var r : cursor) {
                action.accept(summary(r, codes));
            }
        }
    }

    private org.jooq.SelectSeekStepN<Record10<UUID, String, String, UUID, String[], String, java.time.LocalDate,
            String, String, String>> select(CaseQuery q) {
        return ctx.dsl()
                .select(CASE_FILE.ID, CASE_FILE.CASE_NUMBER, CASE_FILE.TITLE, CASE_FILE.OPERATION_ID,
                        CASE_FILE.OFFENCES, CASE_FILE.STATUS, CASE_FILE.OPENED_ON,
                        CASE_FILE.COUNTRY, CASE_FILE.LOCALITY, CASE_FILE.LEAD_INVESTIGATOR)
                .from(CASE_FILE)
                .where(pageFilter(q))
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
     * The total of a query, counted from an index alone where the shape allows: everything
     * (table row count less tombstones); status and/or operation; an offence or one word, each
     * with status and/or operation (the search tables carry both; deleted cases have no rows).
     */
    long count(CaseQuery q) {
        DSLContext dsl = ctx.dsl();
        List<String> words = SearchWords.query(q.text());
        if (words.isEmpty()) {
            // a sum over the few rows of case_count (live cases by status, operation and offences),
            // the unfiltered total included: no table or index of cases is read
            Condition c = DSL.and(eqIf(CASE_COUNT.STATUS, name(q.status())),
                    q.operationId() == null ? DSL.noCondition() : CASE_COUNT.OPERATION_KEY.eq(q.operationId()),
                    q.offence() == null ? DSL.noCondition()
                            : DSL.bitAnd(CASE_COUNT.OFFENCE_MASK, DSL.inline(q.offence().bit())).ne(DSL.inline(0)));
            Long total = dsl.select(DSL.sum(CASE_COUNT.CASES).cast(Long.class)).from(CASE_COUNT).where(c)
                    .fetchOne(0, Long.class);
            return total == null ? 0 : total;
        }
        // as for a page, one index range per status when there is an operation but no status
        long total = 0;
        List<String> listed = listedWords(words.get(0));
        // one listed word has one row per case (the key); otherwise a case may have several
        var counted = listed != null && listed.size() == 1 ? DSL.count() : DSL.countDistinct(CASE_WORD.CASE_ID);
        for (String status : rangeStatuses(q)) {
            total += dsl.select(counted).from(CASE_WORD).where(wordRows(q, words, listed, status))
                    .fetchOne(0, Long.class);
        }
        return total;
    }

    /**
     * The statuses whose index ranges of a search table make up a query's matches: the query's
     * status, or each status when it has an operation but no status (so that every range is a
     * prefix of the index), or null (any) otherwise. A case's rows all carry its one status.
     */
    private static List<String> rangeStatuses(CaseQuery q) {
        return q.status() != null ? List.of(q.status().name())
                : q.operationId() != null ? java.util.Arrays.stream(CaseStatus.values()).map(Enum::name).toList()
                : java.util.Collections.singletonList(null);
    }

    /**
     * Rows of case_word for the query's first word (its {@code listed} words, or null for a
     * prefix with too many), with the query's operation and offence and the given status, whose
     * case also has the other words. Everything but the other words is read from the covering
     * index; each other word is one index lookup.
     */
    private Condition wordRows(CaseQuery q, List<String> words, List<String> listed, String status) {
        Condition c = DSL.and(wordCondition(words.get(0), listed, CASE_WORD.WORD), eqIf(CASE_WORD.STATUS, status),
                eqIf(CASE_WORD.OPERATION_ID, q.operationId()));
        if (q.offence() != null) {
            c = c.and(DSL.bitAnd(CASE_WORD.OFFENCE_MASK, DSL.inline(q.offence().bit())).ne(DSL.inline(0)));
        }
        for (String other : words.subList(1, words.size())) {
            var w2 = CASE_WORD.as("w2");
            c = c.and(DSL.exists(DSL.selectOne().from(w2).where(
                    wordCondition(other, w2.WORD).and(w2.CASE_ID.eq(CASE_WORD.CASE_ID)))));
        }
        return c;
    }

    private static <T> Condition eqIf(org.jooq.Field<T> field, T value) {
        return value == null ? DSL.noCondition() : field.eq(value);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** Indexable conditions: H2 may drive the query from any of them (used for combined totals). */
    static Condition where(CaseQuery q) {
        List<Condition> c = new ArrayList<>();
        c.add(CASE_FILE.DELETED_AT.isNull());
        for (String word : SearchWords.query(q.text())) {
            c.add(CASE_FILE.ID.in(DSL.selectDistinct(CASE_WORD.CASE_ID).from(CASE_WORD).where(wordMatches(word))));
        }
        if (q.operationId() != null) {
            c.add(CASE_FILE.OPERATION_ID.eq(q.operationId()));
        }
        if (q.status() != null) {
            c.add(CASE_FILE.STATUS.eq(q.status().name()));
        }
        if (q.offence() != null) {
            c.add(CASE_FILE.ID.in(DSL.select(CASE_OFFENCE.CASE_ID).from(CASE_OFFENCE)
                    .where(CASE_OFFENCE.OFFENCE.eq(q.offence().name()))));
        }
        return DSL.and(c);
    }

    /**
     * Conditions of a page, written so that H2 walks the index of the sort order and checks
     * each entry, stopping after the page: live rows, status, operation and offence never pick
     * the index themselves (an index on a filter would make H2 sort every match first), and the
     * sort indexes carry their columns, so only words need a lookup per entry.
     */
    private Condition pageFilter(CaseQuery q) {
        List<Condition> c = new ArrayList<>();
        c.add(notIndexed(CASE_FILE.DELETED_AT.isNull()));
        List<String> words = SearchWords.query(q.text());
        for (String word : words) {
            c.add(DSL.exists(DSL.selectOne().from(CASE_WORD)
                    .where(wordCondition(word).and(CASE_WORD.CASE_ID.eq(CASE_FILE.ID)))));
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

    /**
     * The words that start with {@code prefix}, as a list when there are few of them: each row
     * check is then a direct lookup of (word, case) instead of a walk through every case of the
     * prefix.
     */
    private Condition wordCondition(String prefix) {
        return wordCondition(prefix, CASE_WORD.WORD);
    }

    private Condition wordCondition(String prefix, org.jooq.Field<String> column) {
        return wordCondition(prefix, listedWords(prefix), column);
    }

    private static Condition wordCondition(String prefix, List<String> listed, org.jooq.Field<String> column) {
        // literals: H2 reads an index range per listed word (or for the prefix) only when the
        // values are known while planning; with bound parameters it scans the whole index
        return listed != null ? column.in(listed.stream().map(DSL::inline).toList())
                : column.like(likePattern(prefix), '!');
    }

    /**
     * The words that start with {@code prefix}, or null when there are too many to list. Past
     * {@link #FEW_ROWS} rows, each is found by one index seek past the previous one: a DISTINCT
     * over the prefix would read every row of a common word (100,000 at a million cases).
     */
    private List<String> listedWords(String prefix) {
        // a prefix with few rows (a number, a rare name) is listed from those rows at once
        List<String> rows = ctx.dsl().select(CASE_WORD.WORD).from(CASE_WORD).where(wordMatches(prefix))
                .limit(FEW_ROWS + 1).fetch(CASE_WORD.WORD);
        if (rows.size() <= FEW_ROWS) {
            List<String> words = List.copyOf(new java.util.TreeSet<>(rows));
            return words.size() <= MAX_LISTED_WORDS ? words : null;
        }
        List<String> words = new ArrayList<>();
        String last = null;
        while (words.size() <= MAX_LISTED_WORDS) {
            String next = ctx.dsl().select(CASE_WORD.WORD).from(CASE_WORD)
                    // >= last + NUL, the least string after last: with "> last" H2 would start at
                    // last and step through all of its rows
                    .where(wordMatches(prefix), last == null ? DSL.noCondition() : CASE_WORD.WORD.ge(last + '\u0000'))
                    .orderBy(CASE_WORD.WORD).limit(1).fetchOne(CASE_WORD.WORD);
            if (next == null) {
                break;
            }
            words.add(next);
            last = next;
        }
        return words.size() <= MAX_LISTED_WORDS ? words : null;
    }

    private static Condition wordMatches(String word) {
        return CASE_WORD.WORD.like(likePattern(word), '!');
    }

    /** The LIKE pattern of a prefix, as a literal (see {@link #wordCondition}). */
    private static org.jooq.Field<String> likePattern(String prefix) {
        return DSL.inline(TextNorm.likePrefix(prefix));
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
