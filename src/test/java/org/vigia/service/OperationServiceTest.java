package org.vigia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.model.AuditEvent;
import org.vigia.model.ConflictException;
import org.vigia.model.Limits;
import org.vigia.model.Operation;
import org.vigia.model.ValidationException;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

class OperationServiceTest {
    private final TestServices t = TestServices.withOffice();

    @AfterEach
    void close() {
        t.close();
    }

    private Operation save(OperationDraft d) {
        return t.operations().save(d.build());
    }

    @Test
    void createStoresTheOperationNormalised() {
        Operation op = save(OperationDraft.valid().code(" Turquesa-IV ").countries(" co", "pe ")
                .partners(" UNODC ", "IOM"));

        assertThat(op.id()).isNotNull();
        assertThat(op.version()).isZero();
        assertThat(op.code()).isEqualTo("Turquesa-IV");
        assertThat(op.countries()).containsExactly("CO", "PE");
        assertThat(op.partners()).containsExactly("UNODC", "IOM");
        assertThat(t.operations().find(op.id())).contains(op);
        assertThat(t.operations().list()).containsExactly(op);
    }

    @Test
    void listShowsNewestFirst() {
        Operation old = save(OperationDraft.valid("LIBERTAD").start(LocalDate.of(2018, 4, 3)).end(LocalDate.of(2018, 4, 9)));
        Operation recent = save(OperationDraft.valid("TURQUESA-IV"));
        Operation middle = save(OperationDraft.valid("SPIDER").start(LocalDate.of(2021, 1, 1)).end(LocalDate.of(2021, 2, 1)));

        assertThat(t.operations().list()).containsExactly(recent, middle, old);
    }

    @Test
    void editChangesEveryFieldAndTheVersion() {
        Operation op = save(OperationDraft.valid());

        Operation edited = save(OperationDraft.of(op).name("Turquesa V").start(LocalDate.of(2026, 1, 5))
                .end(LocalDate.of(2026, 1, 9)).countries("MX").unit("").partners("Europol"));

        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.name()).isEqualTo("Turquesa V");
        assertThat(edited.countries()).containsExactly("MX");
        assertThat(edited.partners()).containsExactly("Europol");
        assertThat(edited.coordinationUnit()).isEmpty();
        assertThat(t.operations().find(op.id())).contains(edited);
        assertThat(t.operations().list()).hasSize(1);
    }

    @Test
    void codesAreUniqueIgnoringCaseAndAccents() {
        Operation first = save(OperationDraft.valid("Operación-X"));
        Operation other = save(OperationDraft.valid("LIBERTAD"));

        for (String clash : List.of("OPERACIÓN-X", "operacion-x", " Operacion-X ")) {
            ValidationException e = Refusals.validation(t, () -> save(OperationDraft.valid(clash)));
            assertThat(Refusals.onlyErrorKey(e, "code")).isEqualTo("validation.duplicate");
        }
        ValidationException e = Refusals.validation(t, () -> save(OperationDraft.of(other).code("OPERACION-x")));
        assertThat(Refusals.onlyErrorKey(e, "code")).isEqualTo("validation.duplicate");

        // an operation keeps its own code when edited
        assertThat(save(OperationDraft.of(first).code("OPERACIÓN-X")).code()).isEqualTo("OPERACIÓN-X");
    }

    static Stream<Arguments> badInput() {
        List<String> fiftyOne = IntStream.rangeClosed(1, Limits.MAX_PARTNERS + 1).mapToObj(i -> "Partner " + i).toList();
        return Stream.of(
                bad("code empty", d -> d.code(""), "code", "validation.required"),
                bad("code blank", d -> d.code("   "), "code", "validation.required"),
                bad("code null", d -> d.code(null), "code", "validation.required"),
                bad("code too long", d -> d.code("C".repeat(Limits.OPERATION_CODE + 1)), "code", "validation.tooLong"),
                bad("code starts with dash", d -> d.code("-TURQUESA"), "code", "validation.malformed"),
                bad("code with star", d -> d.code("TURQ*ESA"), "code", "validation.malformed"),
                bad("code with tab", d -> d.code("TURQUESA\tIV"), "code", "validation.controlChars"),
                bad("name empty", d -> d.name(""), "name", "validation.required"),
                bad("name too long", d -> d.name("n".repeat(Limits.OPERATION_NAME + 1)), "name", "validation.tooLong"),
                bad("name with line break", d -> d.name("Turquesa\nIV"), "name", "validation.controlChars"),
                bad("start missing", d -> d.start(null), "startDate", "validation.required"),
                bad("start before 1900", d -> d.start(LocalDate.of(1899, 12, 31)), "startDate", "validation.dateRange"),
                bad("start after 2100", d -> d.start(LocalDate.of(2101, 1, 1)), "startDate", "validation.dateRange"),
                bad("end missing", d -> d.end(null), "endDate", "validation.required"),
                bad("end after 2100", d -> d.end(LocalDate.of(2101, 1, 1)), "endDate", "validation.dateRange"),
                bad("end before 1900", d -> d.end(LocalDate.of(1899, 1, 1)), "endDate", "validation.dateRange"),
                bad("end before start", d -> d.end(LocalDate.of(2025, 11, 23)), "endDate", "validation.endBeforeStart"),
                bad("unknown country", d -> d.countries("CO", "QQ"), "countries", "validation.unknownCountry"),
                bad("alpha-3 country", d -> d.countries("COL"), "countries", "validation.unknownCountry"),
                bad("blank country", d -> d.countries(" "), "countries", "validation.unknownCountry"),
                bad("duplicate country", d -> d.countries("CO", "PE", " co"), "countries", "validation.duplicateValue"),
                bad("blank partner", d -> d.partners("UNODC", " "), "partners", "validation.required"),
                bad("partner too long", d -> d.partners("p".repeat(Limits.PARTNER + 1)), "partners", "validation.tooLong"),
                bad("partner with control char", d -> d.partners("UN\u0000ODC"), "partners", "validation.controlChars"),
                bad("duplicate partner", d -> d.partners("UNODC", "IOM", "unodc "), "partners", "validation.duplicateValue"),
                bad("duplicate partner with accents", d -> d.partners("Policía Nacional", "POLICIA NACIONAL"), "partners", "validation.duplicateValue"),
                bad("too many partners", d -> d.partners(fiftyOne), "partners", "validation.tooMany"),
                bad("unit too long", d -> d.unit("u".repeat(Limits.COORDINATION_UNIT + 1)), "coordinationUnit", "validation.tooLong"),
                bad("unit with line break", d -> d.unit("Unit\r\nBarbados"), "coordinationUnit", "validation.controlChars"));
    }

    private static Arguments bad(String name, UnaryOperator<OperationDraft> change, String field, String key) {
        return Arguments.of(named(name, change), field, key);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badInput")
    void badNewOperationIsRefusedOnItsField(UnaryOperator<OperationDraft> change, String field, String key) {
        ValidationException e = Refusals.validation(t, () -> save(change.apply(OperationDraft.valid())));

        assertThat(Refusals.onlyErrorKey(e, field)).isEqualTo(key);
        assertThat(t.operations().list()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badInput")
    void badEditIsRefusedAndTheOperationIsUnchanged(UnaryOperator<OperationDraft> change, String field, String key) {
        Operation op = save(OperationDraft.valid());

        ValidationException e = Refusals.validation(t, () -> save(change.apply(OperationDraft.of(op))));

        assertThat(Refusals.onlyErrorKey(e, field)).isEqualTo(key);
        assertThat(t.operations().find(op.id())).contains(op);
    }

    @Test
    void aCodeWhoseSearchFormIsTooLongIsRefusedAsInput() {
        // "ß" upper-cases to "SS": 20 characters typed, 40 in the normalised column of 30
        ValidationException e = Refusals.validation(t, () -> save(OperationDraft.valid("ß".repeat(20))));

        assertThat(Refusals.onlyErrorKey(e, "code")).isEqualTo("validation.tooLong");
    }

    @Test
    void valuesAtTheLimitsAreAccepted() {
        List<String> fifty = IntStream.rangeClosed(1, Limits.MAX_PARTNERS).mapToObj(i -> "Partner " + i).toList();
        Operation op = save(OperationDraft.valid("C".repeat(Limits.OPERATION_CODE))
                .name("n".repeat(Limits.OPERATION_NAME))
                .start(LocalDate.of(1900, 1, 1)).end(LocalDate.of(2100, 12, 31))
                .countries().unit("u".repeat(Limits.COORDINATION_UNIT)).partners(fifty));

        assertThat(t.operations().find(op.id())).contains(op);
        assertThat(op.partners()).hasSize(Limits.MAX_PARTNERS);
        assertThat(op.countries()).isEmpty();
    }

    @Test
    void staleEditIsRefusedAndKeepsTheOtherChange() {
        Operation op = save(OperationDraft.valid());
        Operation theirs = save(OperationDraft.of(op).name("Changed by another user"));

        ConflictException e = Refusals.refused(t,
                () -> save(OperationDraft.of(op).name("My stale change")), ConflictException.class);

        assertThat(e.key()).isEqualTo("error.conflict");
        assertThat(t.operations().find(op.id())).contains(theirs);
        assertThat(Refusals.refused(t, () -> save(OperationDraft.of(theirs).version(7)), ConflictException.class))
                .isNotNull();
    }

    @Test
    void everyWriteAppendsOneAuditEvent() {
        long before = t.audit().count();

        Operation op = save(OperationDraft.valid());
        AuditEvent created = t.audit().page(0, 1).get(0);
        save(OperationDraft.of(op).name("Turquesa V"));
        AuditEvent changed = t.audit().page(0, 1).get(0);

        assertThat(t.audit().count()).isEqualTo(before + 2);
        assertThat(created.action()).isEqualTo("OPERATION_CREATE");
        assertThat(created.entityType()).isEqualTo("operation");
        assertThat(created.entityId()).isEqualTo(op.id());
        assertThat(changed.action()).isEqualTo("OPERATION_UPDATE");
        assertThat(changed.entityId()).isEqualTo(op.id());
        assertThat(changed.seq()).isEqualTo(created.seq() + 1);
        assertThat(t.audit().verify().ok()).isTrue();
    }

    @Test
    void aWriteWhoseAuditEventFailsIsRolledBack() {
        Operation op = save(OperationDraft.valid());
        // make the audit append fail (a real constraint in the real database, no mock)
        t.dsl().execute("ALTER TABLE audit_event ADD CONSTRAINT no_op_events CHECK (action NOT LIKE 'OPERATION%') NOCHECK");
        DbSnapshot before = t.snapshot();

        assertThatThrownBy(() -> save(OperationDraft.of(op).name("Turquesa V")));
        assertThatThrownBy(() -> save(OperationDraft.valid("LIBERTAD")));

        assertThat(t.snapshot()).isEqualTo(before);
        assertThat(t.operations().list()).containsExactly(op);
    }
}
