package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_WORD;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.vigia.model.CaseQuery;
import org.vigia.service.TextNorm;

/**
 * The search words of a query as the indexed words they stand for (a search word is a prefix),
 * ordered so that the rarest drives a page or a total, and the conditions that find them.
 */
final class CaseWords {
    /** A prefix shared by at most this many distinct words is searched as that list of words. */
    static final int MAX_LISTED_WORDS = 50;
    /** Rows of a prefix read at once to list its words (about a millisecond). */
    private static final int FEW_ROWS = 1_000;

    private CaseWords() {
    }

    /**
     * A search word: the indexed words it stands for ({@code listed}, null when too many to list)
     * and how many rows of case_word they have ({@code rows}, -1 when unknown and many).
     */
    record Prefix(String text, List<String> listed, long rows) {
        /** Whether the prefix stands for exactly one indexed word: one row per case, counted in case_word_count. */
        boolean single() {
            return listed != null && listed.size() == 1;
        }

        String word() {
            return listed.get(0);
        }
    }

    /**
     * The query's search words, rarest first: a single indexed word by its count, a prefix with few
     * rows by those rows, a prefix with many last (in the order typed among equals).
     */
    static List<Prefix> plan(DSLContext dsl, List<String> words, CaseQuery q) {
        List<Prefix> prefixes = new ArrayList<>();
        for (String w : words) {
            prefixes.add(prefix(dsl, w));
        }
        if (prefixes.size() == 1) {
            return prefixes;
        }
        List<Long> weights = new ArrayList<>();
        for (Prefix p : prefixes) {
            weights.add(p.rows() >= 0 ? p.rows()
                    : p.single() ? CaseWordCounts.sums(dsl, p.word(), q).all() : Long.MAX_VALUE);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < prefixes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(weights::get));
        return order.stream().map(prefixes::get).toList();
    }

    /**
     * The words that start with {@code prefix}, as a list when there are few of them: each row
     * check is then a direct lookup of (word, case) instead of a walk through every case of the
     * prefix. A prefix of one word is known after two index seeks (its cases are counted in
     * case_word_count); a prefix of more with at most {@link #FEW_ROWS} rows is listed from them;
     * past that, each word is found by one index seek past the previous one: a DISTINCT over the
     * prefix would read every row of a common word (100,000 at a million cases).
     */
    static Prefix prefix(DSLContext dsl, String prefix) {
        // a whole word (the usual search) is known after two seeks, without reading its rows
        String first = next(dsl, prefix, null);
        if (first == null) {
            return new Prefix(prefix, List.of(), 0);
        }
        if (next(dsl, prefix, first) == null) {
            return new Prefix(prefix, List.of(first), -1);
        }
        // a prefix with few rows (a number, a rare name) is listed from those rows at once
        List<String> rows = dsl.select(CASE_WORD.WORD).from(CASE_WORD).where(matches(prefix))
                .limit(FEW_ROWS + 1).fetch(CASE_WORD.WORD);
        if (rows.size() <= FEW_ROWS) {
            List<String> words = List.copyOf(new java.util.TreeSet<>(rows));
            return new Prefix(prefix, words.size() <= MAX_LISTED_WORDS ? words : null, rows.size());
        }
        List<String> words = new ArrayList<>();
        String last = null;
        while (words.size() <= MAX_LISTED_WORDS) {
            String next = next(dsl, prefix, last);
            if (next == null) {
                break;
            }
            words.add(next);
            last = next;
        }
        return new Prefix(prefix, words.size() <= MAX_LISTED_WORDS ? words : null, -1);
    }

    /** The first word with this prefix after {@code last} (or the first at all), by one index seek. */
    private static String next(DSLContext dsl, String prefix, String last) {
        return dsl.select(CASE_WORD.WORD).from(CASE_WORD)
                // >= last + NUL, the least string after last: with "> last" H2 would start at
                // last and step through all of its rows
                .where(matches(prefix), last == null ? DSL.noCondition() : CASE_WORD.WORD.ge(last + '\u0000'))
                .orderBy(CASE_WORD.WORD).limit(1).fetchOne(CASE_WORD.WORD);
    }

    /**
     * The rows of {@code column} for a search word: its listed words, or its prefix. Literals: H2
     * reads an index range per listed word (or for the prefix) only when the values are known
     * while planning; with bound parameters it scans the whole index.
     */
    static Condition condition(Prefix p, Field<String> column) {
        return p.listed() != null ? column.in(p.listed().stream().map(DSL::inline).toList())
                : column.like(likePattern(p.text()), '!');
    }

    /** The case of {@code caseId} also has every one of these search words (one index lookup each). */
    static Condition alsoHas(List<Prefix> others, Field<java.util.UUID> caseId) {
        Condition c = DSL.noCondition();
        for (Prefix other : others) {
            var w2 = CASE_WORD.as("w2");
            c = c.and(DSL.exists(DSL.selectOne().from(w2).where(condition(other, w2.WORD).and(w2.CASE_ID.eq(caseId)))));
        }
        return c;
    }

    static Condition matches(String prefix) {
        return CASE_WORD.WORD.like(likePattern(prefix), '!');
    }

    /** The LIKE pattern of a prefix, as a literal (see {@link #condition}). */
    private static Field<String> likePattern(String prefix) {
        return DSL.inline(TextNorm.likePrefix(prefix));
    }
}
