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
    /** A word found in at most this many cases is looked up directly instead of scanned for. */
    static final int RARE_WORD = 2_000;
    /** A prefix shared by at most this many distinct words is searched as that list of words. */
    static final int MAX_LISTED_WORDS = 50;
    private final ServiceContext ctx;

    CaseQueries(ServiceContext ctx) {
        this.ctx = ctx;
    }

    List<CaseSummary> page(CaseQuery q, int offset, int limit) {
        int size = Math.max(0, Math.min(limit, MAX_PAGE));
        // one table only, so H2 can walk the sort index and stop after the page
        var rows = ctx.dsl()
                .select(CASE_FILE.ID, CASE_FILE.CASE_NUMBER, CASE_FILE.TITLE, CASE_FILE.OPERATION_ID,
                        CASE_FILE.OFFENCES, CASE_FILE.STATUS, CASE_FILE.OPENED_ON,
                        CASE_FILE.COUNTRY, CASE_FILE.LOCALITY, CASE_FILE.LEAD_INVESTIGATOR)
                .from(CASE_FILE)
                .where(pageFilter(q))
                .orderBy(order(q))
                .offset(Math.max(0, offset)).limit(size)
                .fetch();
        Set<UUID> opIds = new HashSet<>();
        rows.forEach(r -> {
            if (r.value4() != null) {
                opIds.add(r.value4());
            }
        });
        Map<UUID, String> codes = opIds.isEmpty() ? Map.of() : ctx.dsl()
                .select(OPERATION.ID, OPERATION.CODE).from(OPERATION).where(OPERATION.ID.in(opIds))
                .fetchMap(OPERATION.ID, OPERATION.CODE);
        return rows.map(r -> new CaseSummary(r.value1(), r.value2(), r.value3(),
                r.value4() == null ? null : codes.get(r.value4()),
                CaseRecords.offences(r.value5()), CaseStatus.valueOf(r.value6()),
                r.value7(), r.value8(), r.value9() == null ? "" : r.value9(), r.value10()));
    }

    /**
     * The total of a query. The common shapes are counted from an index alone: everything
     * (table row count less tombstones), one status, one operation, one offence, one word.
     */
    long count(CaseQuery q) {
        DSLContext dsl = ctx.dsl();
        List<String> words = SearchWords.query(q.text());
        boolean noText = words.isEmpty();
        boolean onlyStatus = noText && q.operationId() == null && q.offence() == null;
        boolean onlyOperation = noText && q.status() == null && q.offence() == null;
        if (onlyStatus && q.status() == null) {
            return dsl.fetchCount(CASE_FILE) - dsl.fetchCount(CASE_FILE, CASE_FILE.DELETED_AT.isNotNull());
        }
        if (onlyStatus) {
            return dsl.fetchCount(CASE_FILE, CASE_FILE.STATUS.eq(q.status().name()).and(CASE_FILE.DELETED_AT.isNull()));
        }
        if (onlyOperation && q.offence() == null && q.operationId() != null) {
            return dsl.fetchCount(CASE_FILE, CASE_FILE.OPERATION_ID.eq(q.operationId()).and(CASE_FILE.DELETED_AT.isNull()));
        }
        boolean onlyOffence = noText && q.status() == null && q.operationId() == null;
        if (onlyOffence) { // a deleted case has no offence rows
            return dsl.fetchCount(CASE_OFFENCE, CASE_OFFENCE.OFFENCE.eq(q.offence().name()));
        }
        if (words.size() == 1 && q.status() == null && q.operationId() == null && q.offence() == null) {
            return dsl.select(DSL.countDistinct(CASE_WORD.CASE_ID)).from(CASE_WORD) // none for deleted cases
                    .where(wordMatches(words.get(0))).fetchOne(0, Long.class);
        }
        return dsl.selectCount().from(CASE_FILE).where(where(q)).fetchOne(0, Long.class);
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
        for (String word : SearchWords.query(q.text())) {
            Condition matches = wordCondition(word);
            List<UUID> few = ctx.dsl().selectDistinct(CASE_WORD.CASE_ID).from(CASE_WORD).where(matches)
                    .limit(RARE_WORD + 1).fetch(CASE_WORD.CASE_ID);
            if (few.size() <= RARE_WORD) {
                c.add(CASE_FILE.ID.in(few)); // a rare word: its cases are looked up by id
            } else {
                c.add(DSL.exists(DSL.selectOne().from(CASE_WORD)
                        .where(matches.and(CASE_WORD.CASE_ID.eq(CASE_FILE.ID)))));
            }
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
        List<String> words = ctx.dsl().selectDistinct(CASE_WORD.WORD).from(CASE_WORD)
                .where(wordMatches(prefix)).limit(MAX_LISTED_WORDS + 1).fetch(CASE_WORD.WORD);
        return words.size() <= MAX_LISTED_WORDS ? CASE_WORD.WORD.in(words) : wordMatches(prefix);
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
