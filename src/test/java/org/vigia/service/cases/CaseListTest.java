package org.vigia.service.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseSort;
import org.vigia.model.CaseStatus;
import org.vigia.model.CaseSummary;
import org.vigia.model.OffenceType;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.TestServices;

/** The case list: filters, prefix search, sort orders and paging, all done by the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListTest {
    private final TestServices t = TestServices.withOffice();
    private final CaseService cases = t.cases();
    private UUID turquesa;
    private UUID libertad;
    private final List<CaseFile> all = new ArrayList<>();

    @BeforeAll
    void createCases() {
        turquesa = t.operations().save(OperationDraft.valid("TURQUESA-IV").build()).id();
        libertad = t.operations().save(OperationDraft.valid("LIBERTAD").build()).id();
        LocalDate jan10 = LocalDate.of(2026, 1, 10);
        add(CaseDraft.valid().number("CO-BOG-2026-00042").title("Explotación laboral en finca")
                .locality("Cúcuta - Puente Simón Bolívar").operation(turquesa)
                .offences(OffenceType.ForcedLabour, OffenceType.HumanTrafficking).status(CaseStatus.Active).openedOn(jan10));
        add(CaseDraft.valid().title("Smuggling by boat").locality("Tumbes").operation(libertad)
                .offences(OffenceType.MigrantSmuggling).status(CaseStatus.FollowUp).openedOn(jan10));
        add(CaseDraft.valid().number("CO-BOG-2025-00007").title("Documentos falsos en aeropuerto")
                .locality(null).offences(OffenceType.DocumentFraud).status(CaseStatus.Closed).openedOn(LocalDate.of(2025, 2, 2)));
        add(CaseDraft.valid().number("CO-BOG-2024-00317").title("Night club in Cucuta").locality("Cúcuta")
                .operation(turquesa).offences(OffenceType.HumanTrafficking, OffenceType.SexualOffence)
                .status(CaseStatus.ClosedReferred).openedOn(LocalDate.of(2024, 12, 24)));
        add(CaseDraft.valid().number("CO-BOG-2026-00100").title("Caso del Ñandú 50% _x_").locality("Medellín")
                .operation(libertad).offences(OffenceType.Other).status(CaseStatus.Active).openedOn(TestServices.TODAY));
        CaseFile gone = cases.create(CaseDraft.valid().number("CO-BOG-2026-00200").title("Cúcuta deleted Ñandú")
                .operation(turquesa).build());
        cases.delete(gone.id(), gone.version());
    }

    private void add(CaseDraft d) {
        all.add(cases.create(d.build()));
    }

    @AfterAll
    void close() {
        t.close();
    }

    private List<String> numbers(CaseQuery q) {
        return cases.page(q, 0, 100).stream().map(CaseSummary::number).toList();
    }

    private static CaseQuery search(String text) {
        return new CaseQuery(text, null, null, null, CaseSort.NUMBER, true);
    }

    @ParameterizedTest(name = "search \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "cucuta              | CO-BOG-2024-00317 CO-BOG-2026-00042",
        "CÚCUTA              | CO-BOG-2024-00317 CO-BOG-2026-00042",
        "cúc                 | CO-BOG-2024-00317 CO-BOG-2026-00042",
        "00042               | CO-BOG-2026-00042",
        "42                  | CO-BOG-2026-00042",
        "CO-BOG-2026-00042   | CO-BOG-2026-00042",
        "co-bog-2026-000     | CO-BOG-2026-00042 CO-BOG-2026-00043",
        "co-bog-2026         | CO-BOG-2026-00042 CO-BOG-2026-00043 CO-BOG-2026-00100",
        "7                   | CO-BOG-2025-00007",
        "2025                | CO-BOG-2025-00007",
        "explotacion         | CO-BOG-2026-00042",
        "EXPLOTACIÓN LABORAL | CO-BOG-2026-00042",
        "cucuta night        | CO-BOG-2024-00317",
        "night tumbes        | ''",
        "ñandu               | CO-BOG-2026-00100",
        "NANDU               | CO-BOG-2026-00100",
        "medellin            | CO-BOG-2026-00100",
        "(tumbes)            | CO-BOG-2026-00043",
        "50%                 | CO-BOG-2026-00100",
        "5%0                 | ''",
        "5%                  | CO-BOG-2026-00100",
        "n_ndu               | ''",
        "_x_                 | CO-BOG-2026-00100",
        "c_cuta              | ''",
        "finca!              | CO-BOG-2026-00042",
        "zzz                 | ''",
        "deleted             | ''",
    })
    void searchFindsWordPrefixesIgnoringAccentsAndCase(String text, String expected) {
        List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(" "));

        assertThat(numbers(search(text))).containsExactlyElementsOf(want);
        assertThat(cases.count(search(text))).isEqualTo(want.size());
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                filter("Turquesa", s -> new CaseQuery(null, s.turquesa, null, null, null, true), List.of("CO-BOG-2024-00317", "CO-BOG-2026-00042")),
                filter("Libertad", s -> new CaseQuery(null, s.libertad, null, null, null, true), List.of("CO-BOG-2026-00043", "CO-BOG-2026-00100")),
                filter("unknown operation", s -> new CaseQuery(null, UUID.randomUUID(), null, null, null, true), List.of()),
                filter("Active", s -> new CaseQuery(null, null, CaseStatus.Active, null, null, true), List.of("CO-BOG-2026-00042", "CO-BOG-2026-00100")),
                filter("ClosedReferred", s -> new CaseQuery(null, null, CaseStatus.ClosedReferred, null, null, true), List.of("CO-BOG-2024-00317")),
                filter("HumanTrafficking", s -> new CaseQuery(null, null, null, OffenceType.HumanTrafficking, null, true), List.of("CO-BOG-2024-00317", "CO-BOG-2026-00042")),
                filter("ForcedLabour (second offence)", s -> new CaseQuery(null, null, null, OffenceType.ForcedLabour, null, true), List.of("CO-BOG-2026-00042")),
                filter("Turquesa + Active + trafficking + cucuta", s -> new CaseQuery("cucuta", s.turquesa, CaseStatus.Active, OffenceType.HumanTrafficking, null, true), List.of("CO-BOG-2026-00042")),
                filter("Libertad + Other + blank text", s -> new CaseQuery("   ", s.libertad, null, OffenceType.Other, null, true), List.of("CO-BOG-2026-00100")));
    }

    private static Arguments filter(String name, Function<CaseListTest, CaseQuery> query, List<String> expected) {
        return Arguments.of(name, query, expected);
    }

    @ParameterizedTest(name = "filter {0}")
    @MethodSource("filters")
    void filtersNarrowTheListAndTheCount(String name, Function<CaseListTest, CaseQuery> query,
                                         List<String> expected) {
        CaseQuery q = query.apply(this);
        assertThat(numbers(q)).containsExactlyElementsOf(expected);
        assertThat(cases.count(q)).isEqualTo(expected.size());
    }

    @Test
    void theUnfilteredListHasEveryLiveCaseWithItsSummary() {
        assertThat(cases.count(CaseQuery.all())).isEqualTo(5);
        assertThat(cases.count(search("  !! "))).isEqualTo(5);
        CaseSummary first = cases.page(search("42"), 0, 1).get(0);
        assertThat(first.operationCode()).isEqualTo("TURQUESA-IV");
        assertThat(first.offences()).containsExactlyInAnyOrder(OffenceType.ForcedLabour, OffenceType.HumanTrafficking);
        assertThat(first.locality()).isEqualTo("Cúcuta - Puente Simón Bolívar");
        CaseSummary noPlace = cases.page(search("CO-BOG-2025-00007"), 0, 1).get(0);
        assertThat(noPlace.locality()).isEmpty();
        assertThat(noPlace.operationCode()).isNull();
    }

    static Stream<Arguments> sorts() {
        Comparator<CaseFile> byNumber = Comparator.comparing(CaseFile::number);
        return Stream.of(
                Arguments.of(CaseSort.NUMBER, byNumber),
                Arguments.of(CaseSort.OPENED_ON, Comparator.comparing(CaseFile::openedOn).thenComparing(byNumber)),
                // by the stored status name (the indexed column), then number
                Arguments.of(CaseSort.STATUS, Comparator.comparing((CaseFile c) -> c.status().name()).thenComparing(byNumber)));
    }

    @ParameterizedTest(name = "sort by {0}")
    @MethodSource("sorts")
    void sortsAscendingAndDescending(CaseSort sort, Comparator<CaseFile> order) {
        List<String> asc = all.stream().sorted(order).map(CaseFile::number).toList();
        List<String> desc = all.stream().sorted(order.reversed()).map(CaseFile::number).toList();

        assertThat(numbers(new CaseQuery(null, null, null, null, sort, true))).containsExactlyElementsOf(asc);
        assertThat(numbers(new CaseQuery(null, null, null, null, sort, false))).containsExactlyElementsOf(desc);
        assertThat(asc).isNotEqualTo(desc);
    }

    @Test
    void pagesFollowOffsetAndLimit() {
        CaseQuery q = new CaseQuery(null, null, null, null, CaseSort.OPENED_ON, false);
        List<CaseSummary> whole = cases.page(q, 0, 100);

        List<CaseSummary> pages = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            List<CaseSummary> page = cases.page(q, offset, 2);
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            pages.addAll(page);
        }
        assertThat(whole).hasSize(5);
        assertThat(pages).containsExactlyElementsOf(whole);
        assertThat(cases.page(q, 3, 1)).containsExactly(whole.get(3));
        assertThat(cases.page(q, 5, 10)).isEmpty();
        assertThat(cases.page(q, 0, 0)).isEmpty();
        assertThat(cases.page(q, -3, 2)).containsExactlyElementsOf(whole.subList(0, 2));
        assertThat(cases.page(q, 0, Integer.MAX_VALUE)).containsExactlyElementsOf(whole);
    }
}
