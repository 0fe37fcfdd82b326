package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_OFFENCE;
import static org.vigia.db.schema.Tables.CASE_WORD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseStatus;
import org.vigia.service.cases.CaseWords.Prefix;

/**
 * Pages chosen from a search table's covering index range: every match's (id, sort keys) is read
 * from the range of the query's first search word (or its offence) and filters, the best
 * {@code offset + size} are kept in memory, and only the page's cases are then read.
 */
final class CaseRanges {
    private CaseRanges() {
    }

    /** A candidate of a page read from a search table's covering index. */
    private record Key(UUID id, String number, LocalDate opened, String status) {
    }

    /** The query's order over candidates; the same as {@link CaseQueries#order(CaseQuery)} over case_file. */
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
     * The ids of a page of a query with search words (driving word first) or, without words, an
     * offence; null when the range holds more than {@code budget} entries (a walk is cheaper).
     */
    static List<UUID> page(DSLContext dsl, CaseQuery q, List<Prefix> words, int offset, int size, long budget) {
        int keep = offset + size;
        Comparator<Key> order = keyOrder(q);
        // the worst kept candidate on top, so a better one replaces it
        PriorityQueue<Key> best = new PriorityQueue<>(Math.max(1, Math.min(keep, 1_024)) + 1, order.reversed());
        boolean dedupe;
        List<Select<? extends Record4<UUID, String, LocalDate, String>>> ranges = new ArrayList<>();
        if (words.isEmpty()) {
            dedupe = false;
            for (String status : rangeStatuses(q)) {
                ranges.add(DSL.select(CASE_OFFENCE.CASE_ID, CASE_OFFENCE.CASE_NUMBER_NORM, CASE_OFFENCE.OPENED_ON,
                                CASE_OFFENCE.STATUS).from(CASE_OFFENCE)
                        .where(CASE_OFFENCE.OFFENCE.eq(q.offence().name()), eqIf(CASE_OFFENCE.STATUS, status),
                                eqIf(CASE_OFFENCE.OPERATION_ID, q.operationId())));
            }
        } else {
            dedupe = !words.get(0).single(); // a case may have several of a prefix's words
            for (String status : rangeStatuses(q)) {
                ranges.add(DSL.select(CASE_WORD.CASE_ID, CASE_WORD.CASE_NUMBER_NORM, CASE_WORD.OPENED_ON,
                        CASE_WORD.STATUS).from(CASE_WORD).where(wordRows(q, words, status)));
            }
        }
        Set<UUID> seen = dedupe ? new HashSet<>() : null;
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
                                Key k = new Key(id, rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4));
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
     * The statuses whose index ranges of a search table make up a query's matches: the query's
     * status, or each status when it has an operation but no status (so that every range is a
     * prefix of the index), or null (any) otherwise. A case's rows all carry its one status.
     */
    static List<String> rangeStatuses(CaseQuery q) {
        return q.status() != null ? List.of(q.status().name())
                : q.operationId() != null ? java.util.Arrays.stream(CaseStatus.values()).map(Enum::name).toList()
                : java.util.Collections.singletonList(null);
    }

    /**
     * Rows of case_word for the query's first search word, with the query's operation and offence
     * and the given status, whose case also has the other words. Everything but the other words is
     * read from the covering index (word, status, operation, offences, ...); each other word is
     * one index lookup.
     */
    static Condition wordRows(CaseQuery q, List<Prefix> words, String status) {
        Condition c = DSL.and(CaseWords.condition(words.get(0), CASE_WORD.WORD), eqIf(CASE_WORD.STATUS, status),
                eqIf(CASE_WORD.OPERATION_ID, q.operationId()));
        if (q.offence() != null) {
            c = c.and(DSL.bitAnd(CASE_WORD.OFFENCE_MASK, DSL.inline(q.offence().bit())).ne(DSL.inline(0)));
        }
        return c.and(CaseWords.alsoHas(words.subList(1, words.size()), CASE_WORD.CASE_ID));
    }

    static <T> Condition eqIf(org.jooq.Field<T> field, T value) {
        return value == null ? DSL.noCondition() : field.eq(value);
    }
}
