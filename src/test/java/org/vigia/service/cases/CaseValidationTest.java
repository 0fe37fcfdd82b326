package org.vigia.service.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseQuery;
import org.vigia.model.Limits;
import org.vigia.model.ValidationException;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** Bad input to a case: refused on the right field with the right message, nothing written. */
class CaseValidationTest {
    private final TestServices t = TestServices.withOffice();

    @AfterEach
    void close() {
        t.close();
    }

    private static Arguments bad(String name, UnaryOperator<CaseDraft> change, String field, String key) {
        return Arguments.of(named(name, change), field, key);
    }

    /** Bad for a new case and for an edit (a blank number is fine for a new case: it is generated). */
    static Stream<Arguments> badInput() {
        LocalDate today = TestServices.TODAY;
        return Stream.of(
                bad("number too long", d -> d.number("CO-BOG-" + "1".repeat(Limits.CASE_NUMBER - 6)), "number", "validation.tooLong"),
                bad("number with space", d -> d.number("CO BOG 2026 1"), "number", "validation.malformed"),
                bad("number starting with dash", d -> d.number("-CO-BOG-1"), "number", "validation.malformed"),
                bad("number with hash", d -> d.number("CO#1"), "number", "validation.malformed"),
                bad("number with accent", d -> d.number("CO-BOGOTÁ-1"), "number", "validation.malformed"),
                bad("number with control char", d -> d.number("CO-BOG\u0000-1"), "number", "validation.controlChars"),
                bad("title empty", d -> d.title(""), "title", "validation.required"),
                bad("title blank", d -> d.title("  \t "), "title", "validation.required"),
                bad("title null", d -> d.title(null), "title", "validation.required"),
                bad("title too long", d -> d.title("t".repeat(Limits.CASE_TITLE + 1)), "title", "validation.tooLong"),
                bad("title with tab", d -> d.title("Night\tclub"), "title", "validation.controlChars"),
                bad("title with line break", d -> d.title("Night\nclub"), "title", "validation.controlChars"),
                bad("title with bell", d -> d.title("Night\u0007club"), "title", "validation.controlChars"),
                bad("no offences", d -> d.offences(), "offences", "validation.atLeastOne"),
                bad("no status", d -> d.status(null), "status", "validation.required"),
                bad("lead empty", d -> d.lead(""), "leadInvestigator", "validation.required"),
                bad("lead too long", d -> d.lead("l".repeat(Limits.PERSON_NAME + 1)), "leadInvestigator", "validation.tooLong"),
                bad("lead with escape", d -> d.lead("Ana\u001b[31m"), "leadInvestigator", "validation.controlChars"),
                bad("opened on missing", d -> d.openedOn(null), "openedOn", "validation.required"),
                bad("opened tomorrow", d -> d.openedOn(today.plusDays(1)), "openedOn", "validation.future"),
                bad("opened before 1900", d -> d.openedOn(LocalDate.of(1899, 12, 31)), "openedOn", "validation.dateRange"),
                bad("opened after 2100", d -> d.openedOn(LocalDate.of(2101, 1, 1)), "openedOn", "validation.dateRange"),
                bad("country empty", d -> d.country(""), "country", "validation.required"),
                bad("country unknown", d -> d.country("QQ"), "country", "validation.unknownCountry"),
                bad("country alpha-3", d -> d.country("COL"), "country", "validation.unknownCountry"),
                bad("locality too long", d -> d.locality("l".repeat(Limits.LOCALITY + 1)), "locality", "validation.tooLong"),
                bad("locality with line break", d -> d.locality("Cúcuta\r\nNorte"), "locality", "validation.controlChars"),
                bad("narrative too long", d -> d.narrative("n".repeat(Limits.NARRATIVE + 1)), "narrative", "validation.tooLong"),
                bad("narrative with NUL", d -> d.narrative("text\u0000"), "narrative", "validation.controlChars"),
                bad("act too long", d -> d.act("a".repeat(Limits.ELEMENT + 1)), "act", "validation.tooLong"),
                bad("means with control char", d -> d.means("threats\u0008"), "means", "validation.controlChars"),
                bad("purpose too long", d -> d.purpose("p".repeat(Limits.ELEMENT + 1)), "purpose", "validation.tooLong"),
                bad("unknown operation", d -> d.operation(UUID.randomUUID()), "operationId", "validation.unknownOperation"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badInput")
    void badNewCaseIsRefused(UnaryOperator<CaseDraft> change, String field, String key) {
        ValidationException e = Refusals.validation(t, () -> t.cases().create(change.apply(CaseDraft.valid()).build()));

        assertThat(Refusals.onlyErrorKey(e, field)).isEqualTo(key);
        assertThat(t.cases().count(CaseQuery.all())).isZero();
        assertThat(t.cases().suggestNumber()).isEqualTo("CO-BOG-2026-00001");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badInput")
    void badEditIsRefusedAndTheCaseIsUnchanged(UnaryOperator<CaseDraft> change, String field, String key) {
        CaseFile saved = t.cases().create(CaseDraft.valid().build());

        ValidationException e = Refusals.validation(t, () -> t.cases().update(change.apply(CaseDraft.of(saved)).build()));

        assertThat(Refusals.onlyErrorKey(e, field)).isEqualTo(key);
        assertThat(t.cases().get(saved.id())).isEqualTo(saved);
    }

    @Test
    void anEditCannotBlankTheNumber() {
        CaseFile saved = t.cases().create(CaseDraft.valid().build());

        ValidationException e = Refusals.validation(t, () -> t.cases().update(CaseDraft.of(saved).number(" ").build()));

        assertThat(Refusals.onlyErrorKey(e, "number")).isEqualTo("validation.required");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ValidationException e = Refusals.validation(t, () -> t.cases().create(CaseDraft.valid().number("#").title("")
                .offences().status(null).lead("").openedOn(null).country("").build()));

        assertThat(Refusals.fields(e)).containsExactly("number", "title", "offences", "status",
                "leadInvestigator", "openedOn", "country");
    }

    @Test
    void valuesAtTheLimitsAndMultiLineTextAreAccepted() {
        CaseFile saved = t.cases().create(CaseDraft.valid()
                .number("CO-BOG-" + "1".repeat(Limits.CASE_NUMBER - 7))
                .title("t".repeat(Limits.CASE_TITLE)).lead("l".repeat(Limits.PERSON_NAME))
                .openedOn(TestServices.TODAY).locality("l".repeat(Limits.LOCALITY))
                .narrative("Line one\r\nLine two\n\tindented" + "n".repeat(Limits.NARRATIVE - 40))
                .act("a".repeat(Limits.ELEMENT)).means("m\nm").purpose("").build());

        assertThat(t.cases().get(saved.id())).isEqualTo(saved);
        assertThat(saved.narrative()).startsWith("Line one\r\nLine two\n\tindented");
        assertThat(t.cases().create(CaseDraft.valid().openedOn(LocalDate.of(1900, 1, 1)).build()).openedOn())
                .isEqualTo(LocalDate.of(1900, 1, 1));
    }
}
