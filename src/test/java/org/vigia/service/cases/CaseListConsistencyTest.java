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
 * after edits, closes, reopens and deletes, both when a page looks its few matches up by id
 * and when it walks the sort index.
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
                    .offences(first, second).build()));
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
                        .offences(OffenceType.ForcedLabour).build()).id());
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
        for (String text : new String[] {null, "puer", "TRAF", "mina puerto", "cucuta bus"}) {
            for (CaseStatus status : new CaseStatus[] {null, CaseStatus.Active, CaseStatus.Closed}) {
                for (boolean byOperation : new boolean[] {false, true}) {
                    for (OffenceType offence : new OffenceType[] {null, OffenceType.ForcedLabour}) {
                        for (int few : new int[] {5_000, 3}) {
                            all.add(Arguments.of(text, status, byOperation, offence, few));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "text={0} status={1} op={2} offence={3} few={4}")
    @MethodSource("queries")
    void totalAndRowsMatchFilteringByHand(String text, CaseStatus status, boolean byOperation,
                                          OffenceType offence, int few) {
        CaseService cases = new CaseService(t.app().context(), t.audit(), few);
        CaseQuery q = new CaseQuery(text, byOperation ? op1 : null, status, offence, CaseSort.NUMBER, true);
        List<String> expected = live.stream().map(t.cases()::get)
                .filter(c -> matches(c, q))
                .sorted(Comparator.comparing(CaseFile::number)).map(CaseFile::number).toList();

        assertThat(cases.count(q)).isEqualTo(expected.size());
        assertThat(cases.page(q, 0, 1_000)).extracting(CaseSummary::number).containsExactlyElementsOf(expected);
        CaseQuery descending = new CaseQuery(text, q.operationId(), status, offence, CaseSort.NUMBER, false);
        assertThat(cases.page(descending, 0, 5)).extracting(CaseSummary::number)
                .containsExactlyElementsOf(lastFirst(expected).stream().limit(5).toList());
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
