package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_WORD;
import static org.vigia.db.schema.Tables.CASE_WORD_COUNT;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.vigia.model.CaseQuery;

/**
 * Keeps case_word_count (live cases by word, status, operation and offence mask) in step with
 * case_word, in the same transaction as each write, and sums it for the case list: how many
 * cases have a word, how many of them a search table's index range holds, and how many match.
 */
final class CaseWordCounts {
    private CaseWordCounts() {
    }

    /** What one case counts under: one of its words with its status, operation key and offences. */
    record Key(String word, String status, UUID operationKey, int offenceMask) {
    }

    /** The keys a case's current rows of case_word are counted under (none for a deleted case). */
    static Set<Key> counted(DSLContext tx, UUID caseId) {
        Set<Key> keys = new HashSet<>();
        tx.select(CASE_WORD.WORD, CASE_WORD.STATUS, CASE_WORD.OPERATION_ID, CASE_WORD.OFFENCE_MASK)
                .from(CASE_WORD).where(CASE_WORD.CASE_ID.eq(caseId))
                .forEach(r -> keys.add(new Key(r.value1(), r.value2(), CaseCounts.operationKey(r.value3()),
                        r.value4())));
        return keys;
    }

    /** Moves a case from the keys it was counted under to those it is counted under now. */
    static void change(DSLContext tx, Set<Key> before, Set<Key> after) {
        for (Key k : before) {
            if (!after.contains(k)) {
                add(tx, k, -1);
            }
        }
        for (Key k : after) {
            if (!before.contains(k)) {
                add(tx, k, 1);
            }
        }
    }

    private static void add(DSLContext tx, Key k, int delta) {
        Condition row = DSL.and(CASE_WORD_COUNT.WORD.eq(k.word()), CASE_WORD_COUNT.STATUS.eq(k.status()),
                CASE_WORD_COUNT.OPERATION_KEY.eq(k.operationKey()), CASE_WORD_COUNT.OFFENCE_MASK.eq(k.offenceMask()));
        int n = tx.update(CASE_WORD_COUNT).set(CASE_WORD_COUNT.CASES, CASE_WORD_COUNT.CASES.plus(delta))
                .where(row).execute();
        if (n == 0 && delta > 0) {
            tx.insertInto(CASE_WORD_COUNT, CASE_WORD_COUNT.WORD, CASE_WORD_COUNT.STATUS,
                    CASE_WORD_COUNT.OPERATION_KEY, CASE_WORD_COUNT.OFFENCE_MASK, CASE_WORD_COUNT.CASES)
                    .values(k.word(), k.status(), k.operationKey(), k.offenceMask(), (long) delta).execute();
        } else if (delta < 0) {
            // a word no live case has any more leaves no row behind
            tx.deleteFrom(CASE_WORD_COUNT).where(row, CASE_WORD_COUNT.CASES.le(0L)).execute();
        }
    }

    /**
     * Sums of one word's counts for a query: every case with the word; those in the index range
     * a page or total of the word reads (its status and operation); and the matches (its
     * offence too).
     */
    record Sums(long all, long range, long matches) {
    }

    static Sums sums(DSLContext dsl, String word, CaseQuery q) {
        Condition range = DSL.and(q.status() == null ? DSL.trueCondition()
                        : CASE_WORD_COUNT.STATUS.eq(DSL.inline(q.status().name())),
                q.operationId() == null ? DSL.trueCondition()
                        : CASE_WORD_COUNT.OPERATION_KEY.eq(DSL.inline(q.operationId())));
        Condition matches = q.offence() == null ? range : range.and(
                DSL.bitAnd(CASE_WORD_COUNT.OFFENCE_MASK, DSL.inline(q.offence().bit())).ne(DSL.inline(0)));
        var r = dsl.select(total(DSL.trueCondition()), total(range), total(matches))
                .from(CASE_WORD_COUNT).where(CASE_WORD_COUNT.WORD.eq(DSL.inline(word))).fetchOne();
        return new Sums(value(r.value1()), value(r.value2()), value(r.value3()));
    }

    private static Field<Long> total(Condition c) {
        return DSL.sum(DSL.when(c, CASE_WORD_COUNT.CASES).otherwise(DSL.inline(0L))).cast(Long.class);
    }

    private static long value(Long v) {
        return v == null ? 0 : v;
    }
}
