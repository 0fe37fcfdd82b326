package org.vigia.service.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseRole;
import org.vigia.model.ConflictException;
import org.vigia.model.Guardian;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.RoleLink;
import org.vigia.model.ValidationException;
import org.vigia.model.VictimProtection;
import org.vigia.model.VigiaException;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/**
 * Each bad input on a victim's protection: refused with its message in the reader's language
 * (English and Spanish checked word for word) and no change in any table.
 */
class ProtectionValidationTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ES = new Messages(Locale.forLanguageTag("es"));
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private final TestServices t = TestServices.withOffice();
    private final ProtectionFixture f = new ProtectionFixture(t);
    private RoleLink link;
    private VictimProtection v;

    @AfterEach
    void close() {
        t.close();
    }

    /** A victim identified 2026-02-01, rescued on 1 March, interviewed on the 10th, in care since the 12th. */
    private void history() {
        link = f.adult();
        v = f.service().addEntry(link.id(), VictimProtection.NOT_RECORDED, ProtectionStatus.RESCUED, MAR_1, null, null);
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.INTERVIEWED, MAR_1.plusDays(9), null, null);
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.IN_CARE, MAR_1.plusDays(11), null, null);
    }

    private record Bad(String name, String field, String english, String spanish, Consumer<ProtectionValidationTest> action) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Arguments bad(String name, String field, String english, String spanish,
                                 Consumer<ProtectionValidationTest> action) {
        return Arguments.of(new Bad(name, field, english, spanish, action));
    }

    private void add(ProtectionStatus s, LocalDate on, String note, LocalDate followUp) {
        f.service().addEntry(link.id(), v.version(), s, on, note, followUp);
    }

    static Stream<Arguments> badEntries() {
        LocalDate today = TestServices.TODAY;
        return Stream.of(
                bad("a move not allowed", "status", "cannot go from In shelter / in care to Interviewed",
                        "no se puede pasar de En albergue / en atención a Entrevistada",
                        x -> x.add(ProtectionStatus.INTERVIEWED, today, null, null)),
                bad("a date before the rescue", "entryDate", "cannot be before the rescue (Mar 1, 2026)",
                        "no puede ser anterior al rescate (1 mar 2026)",
                        x -> x.add(ProtectionStatus.REFERRED, LocalDate.of(2026, 2, 27), null, null)),
                bad("a date before the latest entry", "entryDate", "cannot be before the latest entry (Mar 12, 2026)",
                        "no puede ser anterior a la última anotación (12 mar 2026)",
                        x -> x.add(ProtectionStatus.REFERRED, MAR_1.plusDays(10), null, null)),
                bad("a future date", "entryDate", "cannot be in the future", "no puede ser una fecha futura",
                        x -> x.add(ProtectionStatus.REFERRED, today.plusDays(1), null, null)),
                bad("no date", "entryDate", "required", "obligatorio",
                        x -> x.add(ProtectionStatus.REFERRED, null, null, null)),
                bad("a follow-up in the past", "followUpOn", "cannot be in the past", "no puede estar en el pasado",
                        x -> x.add(ProtectionStatus.REFERRED, today, null, today.minusDays(1))),
                bad("a note too long", "note", "at most 2,000 characters", "máximo 2.000 caracteres",
                        x -> x.add(ProtectionStatus.REFERRED, today, "x".repeat(2_001), null)),
                bad("an empty status", "status", "required", "obligatorio",
                        x -> x.add(null, today, null, null)),
                bad("a correction without a reason", "reason", "required", "obligatorio",
                        x -> f(x).service().correct(x.link.id(), x.v.version(), x.v.latest().id(),
                                ProtectionStatus.REFERRED, today, null, "  ")),
                bad("a correction not allowed from the status before", "status",
                        "cannot go from Interviewed to Rescued", "no se puede pasar de Entrevistada a Rescatada",
                        x -> f(x).service().correct(x.link.id(), x.v.version(), x.v.latest().id(),
                                ProtectionStatus.RESCUED, today, null, "wrong")),
                bad("a correction dated before the entry before", "entryDate",
                        "cannot be before the latest entry (Mar 10, 2026)",
                        "no puede ser anterior a la última anotación (10 mar 2026)",
                        x -> f(x).service().correct(x.link.id(), x.v.version(), x.v.latest().id(),
                                ProtectionStatus.IN_CARE, MAR_1.plusDays(8), null, "date")),
                bad("a follow-up set alone in the past", "followUpOn", "cannot be in the past",
                        "no puede estar en el pasado",
                        x -> f(x).service().setFollowUp(x.link.id(), x.v.version(), today.minusDays(3), "late")),
                bad("a guardian without a name", "guardianName", "required", "obligatorio",
                        x -> f(x).service().setGuardian(x.link.id(), x.v.version(), new Guardian(" ", "Aunt", null))));
    }

    private static ProtectionFixture f(ProtectionValidationTest x) {
        return x.f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEntries")
    void refusedWithItsMessageAndNothingSaved(Bad bad) {
        history();
        ValidationException e = Refusals.validation(t, () -> bad.action().accept(this));
        assertThat(Refusals.onlyErrorKey(e, bad.field())).isNotBlank();
        assertThat(EN.fieldError(e.errors().get(0))).isEqualTo(bad.english());
        assertThat(ES.fieldError(e.errors().get(0))).isEqualTo(bad.spanish());
    }

    @Test
    void aHistoryStartsWithIdentifiedOrRescued() {
        link = f.adult();
        ValidationException e = Refusals.validation(t, () -> f.service().addEntry(link.id(),
                VictimProtection.NOT_RECORDED, ProtectionStatus.INTERVIEWED, MAR_1, null, null));
        assertThat(EN.fieldError(e.errors().get(0)))
                .isEqualTo("a history starts with Identified or Rescued, not with Interviewed");
    }

    @Test
    void theFirstEntryIsNotBeforeTheIdentification() {
        link = f.adult();
        ValidationException e = Refusals.validation(t, () -> f.service().addEntry(link.id(),
                VictimProtection.NOT_RECORDED, ProtectionStatus.RESCUED, LocalDate.of(2026, 1, 31), null, null));
        assertThat(Refusals.onlyErrorKey(e, "entryDate")).isEqualTo("protection.error.beforeIdentification");
        assertThat(EN.fieldError(e.errors().get(0))).isEqualTo("cannot be before the identification (Feb 1, 2026)");
    }

    @Test
    void nothingMovesOutOfAFinalStatus() {
        history();
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.INTEGRATED, TestServices.TODAY, null, null);
        ValidationException e = Refusals.validation(t, () -> add(ProtectionStatus.OTHER, TestServices.TODAY, null, null));
        assertThat(EN.fieldError(e.errors().get(0))).isEqualTo("cannot go from Integrated to Other outcome");
    }

    @Test
    void anUnknownLinkIsRefused() {
        VigiaException e = Refusals.refused(t, () -> f.service().addEntry(java.util.UUID.randomUUID(),
                VictimProtection.NOT_RECORDED, ProtectionStatus.RESCUED, MAR_1, null, null), VigiaException.class);
        assertThat(e.key()).isEqualTo("protection.error.unknownLink");
        assertThat(EN.error(e)).startsWith("This victim no longer exists");
        assertThat(ES.error(e)).startsWith("Esta víctima ya no existe");
    }

    @Test
    void aLinkThatIsNotAVictimIsRefused() {
        var suspect = f.person("Luis", "Peña", LocalDate.of(1980, 1, 1), org.vigia.model.Gender.Masculine, "CO");
        RoleLink s = t.app().roles().add(RoleLink.of(f.kase.id(), suspect.id(), CaseRole.SUSPECT, null));
        VigiaException e = Refusals.refused(t, () -> f.service().addEntry(s.id(), VictimProtection.NOT_RECORDED,
                ProtectionStatus.RESCUED, MAR_1, null, null), VigiaException.class);
        assertThat(e.key()).isEqualTo("protection.error.notVictim");
        assertThat(EN.error(e)).startsWith("This person is not a victim in the case");
        assertThat(Refusals.refused(t, () -> f.service().get(s.id()), VigiaException.class).key())
                .isEqualTo("protection.error.notVictim");
    }

    @Test
    void aRemovedVictimLinkIsUnknown() {
        link = f.adult();
        t.app().roles().remove(link.id(), t.app().roles().get(link.id()).version());
        assertThat(Refusals.refused(t, () -> f.service().setFollowUp(link.id(), VictimProtection.NOT_RECORDED,
                TestServices.TODAY, null), VigiaException.class).key()).isEqualTo("protection.error.unknownLink");
    }

    @Test
    void aStaleVersionIsAConflictForEveryWrite() {
        history();
        int stale = v.version() - 1;
        LocalDate today = TestServices.TODAY;
        ConflictException e = Refusals.refused(t, () -> f.service().addEntry(link.id(), stale,
                ProtectionStatus.REFERRED, today, null, null), ConflictException.class);
        assertThat(EN.error(e)).contains(f.kase.number()).contains("changed by someone else");
        Refusals.refused(t, () -> f.service().correct(link.id(), stale, v.latest().id(), ProtectionStatus.REFERRED,
                today, null, "why"), ConflictException.class);
        Refusals.refused(t, () -> f.service().setFollowUp(link.id(), stale, today, null), ConflictException.class);
        Refusals.refused(t, () -> f.service().setGuardian(link.id(), stale, new Guardian("A", null, null)),
                ConflictException.class);
        // before anything was recorded, only NOT_RECORDED is current
        RoleLink fresh = f.victim("Rosa", "Vera", LocalDate.of(1990, 1, 1), org.vigia.model.Gender.Feminine, null);
        Refusals.refused(t, () -> f.service().setFollowUp(fresh.id(), 0, today, null), ConflictException.class);
    }

    @Test
    void onlyTheLatestEffectiveEntryCanBeCorrected() {
        history();
        var first = v.entries().get(0);
        VigiaException e = Refusals.refused(t, () -> f.service().correct(link.id(), v.version(), first.id(),
                ProtectionStatus.RESCUED, MAR_1, null, "why"), VigiaException.class);
        assertThat(e.key()).isEqualTo("protection.error.notLatest");
    }

    @Test
    void everyFieldErrorIsReportedAtOnce() {
        history();
        ValidationException e = Refusals.validation(t, () -> add(null, TestServices.TODAY.plusDays(2), "x".repeat(2_001),
                TestServices.TODAY.minusDays(1)));
        assertThat(Refusals.fields(e)).containsExactly("status", "entryDate", "note", "followUpOn");
    }
}
