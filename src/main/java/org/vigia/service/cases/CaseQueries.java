package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_OFFENCE;
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
import org.vigia.service.TextNorm;

/** The case list: filtered, sorted and paged in SQL, never loaded whole. */
final class CaseQueries {
    public static final int MAX_PAGE = 1_000;
    /**
     * Up to this many matches, a page looks its cases up by id and sorts them; with more, it
     * walks the sort index and checks each row (matches are then dense enough to fill a page
     * soon). Both cost at most about this many row reads.
     */
    static final int FEW = 5_000;
    private final int few;
    /** A prefix shared by at most this many distinct words is searched as that list of words. */
    static final int MAX_LISTED_WORDS = 50;
    private final ServiceContext ctx;

    CaseQueries(ServiceContext ctx, int few) {
        this.ctx = ctx;
        this.few = few;
    }

    List<CaseSummary> page(CaseQuery q, int offset, int limit) {
        int size = Math.max(0, Math.min(limit, MAX_PAGE));
        // one table only, so H2 can walk the sort index and stop after the page
        var rows = select(q).offset(Math.max(0, offset)).limit(size).fetch();
        Set<UUID> opIds = new HashSet<>();
        rows.forEach(r -> {
            if (r.value4() != null) {
                opIds.add(r.value4());
            }
        });
        Map<UUID, String> codes = opIds.isEmpty() ? Map.of() : ctx.dsl()
                .select(OPERATION.ID, OPERATION.CODE).from(OPERATION).where(OPERATION.ID.in(opIds))
                .fetchMap(OPERATION.ID, OPERATION.CODE);
        return rows.map(r -> summary(r, codes));
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
        if (words.isEmpty() && q.offence() == null) {
            if (q.status() == null && q.operationId() == null) {
                return dsl.fetchCount(CASE_FILE) - dsl.fetchCount(CASE_FILE, CASE_FILE.DELETED_AT.isNotNull());
            }
            return dsl.fetchCount(CASE_FILE, DSL.and(eqIf(CASE_FILE.STATUS, name(q.status())),
                    eqIf(CASE_FILE.OPERATION_ID, q.operationId()), CASE_FILE.DELETED_AT.isNull()));
        }
        if (words.isEmpty()) {
            return dsl.fetchCount(CASE_OFFENCE, offenceRows(q));
        }
        if (words.size() == 1) {
            return dsl.select(DSL.countDistinct(CASE_WORD.CASE_ID)).from(CASE_WORD)
                    .where(wordRows(q, words.get(0))).fetchOne(0, Long.class);
        }
        return dsl.selectCount().from(CASE_FILE).where(where(q)).fetchOne(0, Long.class);
    }

    /** Rows of case_offence for the query's offence, status and operation. */
    private static Condition offenceRows(CaseQuery q) {
        return DSL.and(CASE_OFFENCE.OFFENCE.eq(q.offence().name()),
                eqIf(CASE_OFFENCE.STATUS, name(q.status())), eqIf(CASE_OFFENCE.OPERATION_ID, q.operationId()));
    }

    /** Rows of case_word for one word of the query, with its status, operation and offence. */
    private Condition wordRows(CaseQuery q, String word) {
        Condition c = DSL.and(wordCondition(word), eqIf(CASE_WORD.STATUS, name(q.status())),
                eqIf(CASE_WORD.OPERATION_ID, q.operationId()));
        if (q.offence() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(CASE_OFFENCE).where(CASE_OFFENCE.OFFENCE
                    .eq(q.offence().name()).and(CASE_OFFENCE.CASE_ID.eq(CASE_WORD.CASE_ID)))));
        }
        return c;
    }

    /**
     * For a query with words or an offence: the matching case ids when there are at most
     * {@code few} of them (read from the search tables' indexes), else null.
     */
    private List<UUID> fewMatches(CaseQuery q, List<String> words) {
        DSLContext dsl = ctx.dsl();
        List<UUID> ids;
        if (words.isEmpty()) {
            ids = dsl.select(CASE_OFFENCE.CASE_ID).from(CASE_OFFENCE).where(offenceRows(q))
                    .limit(few + 1).fetch(CASE_OFFENCE.CASE_ID);
        } else {
            Condition c = wordRows(q, words.get(0));
            for (String other : words.subList(1, words.size())) {
                c = c.and(DSL.exists(DSL.selectOne().from(CASE_WORD.as("w2")).where(
                        wordCondition(other, CASE_WORD.as("w2").WORD)
                                .and(CASE_WORD.as("w2").CASE_ID.eq(CASE_WORD.CASE_ID)))));
            }
            ids = dsl.selectDistinct(CASE_WORD.CASE_ID).from(CASE_WORD).where(c)
                    .limit(few + 1).fetch(CASE_WORD.CASE_ID);
        }
        return ids.size() <= few ? ids : null;
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
     * each row, stopping after the page: live rows, status, operation and offence never pick
     * the index themselves (an index on a filter would make H2 sort every match first). A rare
     * word is the exception: its few cases are looked up directly.
     */
    private Condition pageFilter(CaseQuery q) {
        List<Condition> c = new ArrayList<>();
        c.add(notIndexed(CASE_FILE.DELETED_AT.isNull()));
        List<String> words = SearchWords.query(q.text());
        if (!words.isEmpty() || q.offence() != null) {
            List<UUID> few = fewMatches(q, words);
            if (few != null) {
                c.add(CASE_FILE.ID.in(few)); // few matches: looked up by id, then sorted
                return DSL.and(c);
            }
        }
        for (String word : words) {
            c.add(DSL.exists(DSL.selectOne().from(CASE_WORD)
                    .where(wordCondition(word).and(CASE_WORD.CASE_ID.eq(CASE_FILE.ID)))));
        }
        if (q.operationId() != null) {
            c.add(notIndexed(CASE_FILE.OPERATION_ID.eq(q.operationId())));
        }
        if (q.status() != null) {
            Condition status = CASE_FILE.STATUS.eq(q.status().name());
            // sorted by status, the status index gives that status's rows in order directly
            c.add(q.sort() == CaseSort.STATUS ? status : notIndexed(status));
        }
        if (q.offence() != null) {
            c.add(DSL.exists(DSL.selectOne().from(CASE_OFFENCE).where(CASE_OFFENCE.OFFENCE.eq(q.offence().name())
                    .and(CASE_OFFENCE.CASE_ID.eq(CASE_FILE.ID)))));
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
        List<String> words = ctx.dsl().selectDistinct(CASE_WORD.WORD).from(CASE_WORD)
                .where(wordMatches(prefix)).limit(MAX_LISTED_WORDS + 1).fetch(CASE_WORD.WORD);
        return words.size() <= MAX_LISTED_WORDS ? column.in(words) : column.like(TextNorm.likePrefix(prefix), '!');
    }

    private static Condition wordMatches(String word) {
        return CASE_WORD.WORD.like(TextNorm.likePrefix(word), '!');
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
