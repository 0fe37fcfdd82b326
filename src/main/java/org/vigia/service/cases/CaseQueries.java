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
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseStatus;
import org.vigia.model.CaseSummary;
import org.vigia.service.ServiceContext;
import org.vigia.service.SearchWords;
import org.vigia.service.TextNorm;

/** The case list: filtered, sorted and paged in SQL, never loaded whole. */
final class CaseQueries {
    public static final int MAX_PAGE = 1_000;
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
                .where(where(q))
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

    long count(CaseQuery q) {
        if (isUnfiltered(q)) {
            // COUNT(*) of a whole table is read from H2's row count; tombstones come from an index
            long all = ctx.dsl().fetchCount(CASE_FILE);
            return all - ctx.dsl().fetchCount(CASE_FILE, CASE_FILE.DELETED_AT.isNotNull());
        }
        return ctx.dsl().selectCount().from(CASE_FILE).where(where(q)).fetchOne(0, Long.class);
    }

    private static boolean isUnfiltered(CaseQuery q) {
        return SearchWords.query(q.text()).isEmpty() && q.operationId() == null && q.status() == null
                && q.offence() == null;
    }

    static Condition where(CaseQuery q) {
        List<Condition> c = new ArrayList<>();
        // Live rows only. Written so that H2 cannot use the deleted_at index for it: that index
        // matches every live row and, when chosen, makes H2 sort the whole table instead of
        // walking the sort order's index (decision 0001).
        c.add(DSL.nvl2(CASE_FILE.DELETED_AT, DSL.inline(1), DSL.inline(0)).eq(DSL.inline(0)));
        for (String word : SearchWords.query(q.text())) {
            c.add(CASE_FILE.ID.in(DSL.selectDistinct(CASE_WORD.CASE_ID).from(CASE_WORD)
                    .where(CASE_WORD.WORD.like(TextNorm.likePrefix(word), '!'))));
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
