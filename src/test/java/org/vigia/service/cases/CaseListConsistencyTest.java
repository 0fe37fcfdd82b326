package org.vigia.service.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseSort;
import org.vigia.model.CaseStatus;
import org.vigia.model.CaseSummary;
import org.vigia.model.OffenceType;
import org.vigia.service.SearchWords;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.TestServices;

/**
 * Every combination of filters gives the same total and rows as filtering all cases by hand,
 * after edits, closes, reopens and deletes, in every sort order and from an offset, whichever
 * way a page is found: chosen by the cost model, read from a search table's index range, or
 * walked along the sort index (also after a range read that ran over its budget).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListConsistencyTest {
    private static final String[] WORDS = {"Trata", "Tráfico", "Puerto", "Frontera", "Mina", "Bus"};
    private static final String[] PLACES = {"Cúcuta", "Lethem", "Tumbes", "Darién"};
    private TestServices t;
    private UUID op1;
    private final List<UUID> live = new ArrayList<>();

    @BeforeAll
    void fill() {
        t = TestServices.withOffice();
        op1 = t.operations().save(OperationDraft.valid().code("OP-1").build()).id();
        UUID op2 = t.operations().save(OperationDraft.valid().code("OP-2").build()).id();
        Random r = new Random(11);
        List<CaseFile> made = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            OffenceType first = OffenceType.values()[r.nextInt(6)];
            OffenceType second = OffenceType.values()[r.nextInt(6)];
            made.add(t.cases().create(CaseDraft.valid()
                    .title(WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)])
                    .locality(PLACES[r.nextInt(PLACES.length)])
                    .status(r.nextBoolean() ? CaseStatus.Active : CaseStatus.FollowUp)
                    .operation(r.nextInt(3) == 0 ? null : r.nextBoolean() ? op1 : op2)
                    .offences(first, second)
                    .openedOn(java.time.LocalDate.of(2025, 1, 1).plusDays(r.nextInt(40))).build()));
        }
        for (int i = 0; i < made.size(); i++) {
            CaseFile c = made.get(i);
            switch (i % 8) {
                case 0 -> t.cases().delete(c.id(), c.version());
                case 1 -> live.add(t.cases().close(c.id(), c.version(), CaseStatus.Closed).id());
                case 2 -> {
                    CaseFile closed = t.cases().close(c.id(), c.version(), CaseStatus.ClosedReferred);
                    live.add(t.cases().reopen(closed.id(), closed.version()).id());
                }
                case 3 -> live.add(t.cases().update(CaseDraft.of(c).title("Mina Puerto").operation(op1)
                        .offences(OffenceType.ForcedLabour).openedOn(c.openedOn().minusDays(30 + i)).build()).id());
                default -> live.add(c.id());
            }
        }
    }

    @AfterAll
    void close() {
        t.close();
    }

    Stream<Arguments> queries() {
        List<Arguments> all = new ArrayList<>();
        // one indexed word (puer, TRAF, a number's year), a prefix of several (tra), two words,
        // two words whose rarer comes second, and a prefix of several with a word
        for (String text : new String[] {null, "puer", "TRAF", "mina puerto", "cucuta bus", "tra", "2026",
            "bus tumbes", "tra lethem"}) {
            for (CaseStatus status : new CaseStatus[] {null, CaseStatus.Active, CaseStatus.Closed}) {
                for (boolean byOperation : new boolean[] {false, true}) {
                    for (OffenceType offence : new OffenceType[] {null, OffenceType.ForcedLabour}) {
                        for (Path path : Path.values()) {
                            all.add(Arguments.of(text, status, byOperation, offence, path));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    /** How a page finds its rows: the range budget given to the service. */
    enum Path {
        CHOSEN(-1), RANGE(Long.MAX_VALUE), RANGE_OVER_BUDGET(3), WALK(0);

        final long rangeBudget;

        Path(long rangeBudget) {
            this.rangeBudget = rangeBudget;
        }
    }

    @ParameterizedTest(name = "text={0} status={1} op={2} offence={3} path={4}")
    @MethodSource("queries")
    void totalAndRowsMatchFilteringByHand(String text, CaseStatus status, boolean byOperation,
                                          OffenceType offence, Path path) {
        CaseService cases = new CaseService(t.app().context(), t.audit(), path.rangeBudget);
        CaseQuery q = new CaseQuery(text, byOperation ? op1 : null, status, offence, CaseSort.NUMBER, true);
        List<String> expected = live.stream().map(t.cases()::get)
                .filter(c -> matches(c, q))
                .sorted(Comparator.comparing(CaseFile::number)).map(CaseFile::number).toList();

        assertThat(cases.count(q)).isEqualTo(expected.size());
        assertThat(cases.page(q, 0, 1_000)).extracting(CaseSummary::number).containsExactlyElementsOf(expected);
        CaseQuery descending = new CaseQuery(text, q.operationId(), status, offence, CaseSort.NUMBER, false);
        assertThat(cases.page(descending, 0, 5)).extracting(CaseSummary::number)
                .containsExactlyElementsOf(lastFirst(expected).stream().limit(5).toList());

        List<CaseFile> matching = live.stream().map(t.cases()::get).filter(c -> matches(c, q)).toList();
        for (CaseSort sort : CaseSort.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                Comparator<CaseFile> order = switch (sort) {
                    case NUMBER -> Comparator.comparing(c -> CaseRecords.numberKey(c.number()));
                    case OPENED_ON -> Comparator.comparing(CaseFile::openedOn)
                            .thenComparing(c -> CaseRecords.numberKey(c.number()));
                    case STATUS -> Comparator.comparing((CaseFile c) -> c.status().name())
                            .thenComparing(c -> CaseRecords.numberKey(c.number()));
                };
                List<String> all = matching.stream().sorted(ascending ? order : order.reversed())
                        .map(CaseFile::number).toList();
                CaseQuery sorted = new CaseQuery(text, q.operationId(), status, offence, sort, ascending);
                assertThat(cases.page(sorted, 0, 1_000)).as("%s %s", sort, ascending ? "asc" : "desc")
                        .extracting(CaseSummary::number).containsExactlyElementsOf(all);
                assertThat(cases.page(sorted, 7, 11)).as("%s %s from 7", sort, ascending ? "asc" : "desc")
                        .extracting(CaseSummary::number)
                        .containsExactlyElementsOf(all.subList(Math.min(7, all.size()), Math.min(18, all.size())));
            }
        }
    }

    /**
     * case_word_count holds, for every word of every live case, how many live cases have it under
     * each status, operation and offence mask: after creates, edits of words, offences, operation
     * and date, closes, reopens and deletes, and with no rows left at zero.
     */
    @org.junit.jupiter.api.Test
    void wordCountsAreThoseOfTheLiveCases() {
        java.util.Map<List<Object>, Long> expected = new java.util.HashMap<>();
        for (UUID id : live) {
            CaseFile c = t.cases().get(id);
            for (String w : SearchWords.index(c.number(), c.title(), c.locality())) {
                expected.merge(List.of(w, c.status().name(), CaseCounts.operationKey(c.operationId()),
                        OffenceType.mask(c.offences())), 1L, Long::sum);
            }
        }
        java.util.Map<List<Object>, Long> stored = new java.util.HashMap<>();
        var wc = org.vigia.db.schema.Tables.CASE_WORD_COUNT;
        t.dsl().selectFrom(wc).forEach(r -> stored.put(
                List.of(r.getWord(), r.getStatus(), r.getOperationKey(), r.getOffenceMask()), r.getCases()));

        assertThat(expected).containsKey(List.of("MINA", CaseStatus.Active.name(), op1, OffenceType.ForcedLabour.bit()));
        assertThat(stored).isEqualTo(expected);
    }

    private static List<String> lastFirst(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static boolean matches(CaseFile c, CaseQuery q) {
        Set<String> words = SearchWords.index(c.number(), c.title(), c.locality());
        boolean text = SearchWords.query(q.text()).stream().allMatch(w -> words.stream().anyMatch(x -> x.startsWith(w)));
        return text && (q.status() == null || c.status() == q.status())
                && (q.operationId() == null || q.operationId().equals(c.operationId()))
                && (q.offence() == null || c.offences().contains(q.offence()));
    }
}
