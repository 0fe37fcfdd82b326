package org.vigia.service.checkpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.service.checkpoints.CheckpointFixture.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.l10n.Messages;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckResult;
import org.vigia.model.ConflictException;
import org.vigia.model.DocumentType;
import org.vigia.model.NotPermittedException;
import org.vigia.model.RecordedCheck;
import org.vigia.model.Role;
import org.vigia.model.ValidationException;
import org.vigia.testing.FixedWatchMatcher;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

class CheckServiceTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ES = new Messages(Locale.forLanguageTag("es"));
    private final TestServices t = TestServices.withOffice();
    private final CheckpointFixture f = new CheckpointFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aCheckIsStoredNormalisedAndMatchedInItsTransaction() {
        RecordedCheck r = f.checks.record(with(with(f.check(), "docNumber", " zx-998 877 "), "nationality", " pe "));
        BorderCheck c = r.check();
        assertThat(c.id()).isNotNull();
        assertThat(c.docNumber()).isEqualTo("zx-998 877");
        assertThat(t.dsl().fetchValue("select doc_number_norm from border_check")).isEqualTo("ZX998877");
        assertThat(c.nationality()).isEqualTo("PE");
        assertThat(c.minor()).as("computed from the birth date").isFalse();
        assertThat(c.result()).isEqualTo(CheckResult.NO_HIT);
        assertThat(r.watch().hit()).isFalse();
        assertThat(r.watch().checkedAgainst()).containsExactly(FixedWatchMatcher.PERSONS, FixedWatchMatcher.DOCUMENTS);
        assertThat(f.matcher.recorded).containsExactly(c.id());
        assertThat(f.checks.get(c.id())).isEqualTo(c);
    }

    @Test
    void aHitWithoutAResultIsPendingAndTheAuditNamesNoPerson() {
        BorderCheck wanted = with(with(with(f.check(), "familyNames", "Rojas Mendoza"), "birthDate",
                LocalDate.of(1980, 2, 10)), "docNumber", "AB-123456");
        wanted = with(with(wanted, "docCountry", "CO"), "docType", DocumentType.Passport);
        RecordedCheck r = f.checks.record(wanted);
        assertThat(r.watch().hits()).hasSize(2);
        assertThat(r.check().result()).isEqualTo(CheckResult.HIT_PENDING);
        String summary = t.dsl().fetchValue("select summary from audit_event where action = 'CHECK_RECORD'").toString();
        assertThat(summary).contains(r.check().id().toString()).doesNotContain("Rojas").doesNotContain("AB");
        BorderCheck confirmed = f.checks.record(with(wanted, "result", CheckResult.HIT_CONFIRMED)).check();
        assertThat(confirmed.result()).isEqualTo(CheckResult.HIT_CONFIRMED);
    }

    @Test
    void aMinorIsComputedFromTheBirthDateOnTheDayOfTheCheck() {
        BorderCheck teen = with(f.check(), "birthDate", LocalDate.of(2008, 3, 16));
        assertThat(f.checks.record(with(teen, "minor", false)).check().minor()).isTrue();
        BorderCheck adult = with(f.check(), "birthDate", LocalDate.of(2008, 3, 15));
        assertThat(f.checks.record(with(adult, "minor", true)).check().minor()).isFalse();
        BorderCheck unknown = with(with(f.check(), "birthDate", null), "minor", true);
        assertThat(f.checks.record(unknown).check().minor()).isTrue();
    }

    @Test
    void aDocumentOnlyAndAPersonOnlyCheckAreBothAccepted() {
        BorderCheck doc = with(with(with(f.check(), "familyNames", null), "givenNames", null), "birthDate", null);
        doc = new BorderCheck(null, 0, doc.controlId(), doc.checkedAt(), null, null, null, null, null, "PE", null,
                "ZX1", DocumentType.NationalId, "PE", null, null, null, null, null, null, null, null, null);
        assertThat(f.checks.record(doc).check().hasPerson()).isFalse();
        BorderCheck person = with(with(with(f.check(), "docNumber", null), "docType", null), "docCountry", null);
        assertThat(f.checks.record(person).check().hasDocument()).isFalse();
        assertThat(f.checks.count(f.control.id())).isEqualTo(2);
    }

    @Test
    void aCheckOutsideTheShiftIsRefusedWithTheShiftInTheMessage() {
        ValidationException e = Refusals.validation(t, () -> f.checks.record(with(f.check(), "checkedAt",
                Instant.parse("2026-03-15T18:00:01Z"))));
        assertThat(Refusals.onlyErrorKey(e, "checkedAt")).isEqualTo("checkpoint.error.outsideShift");
        assertThat(EN.fieldError(e.errors().get(0)))
                .isEqualTo("outside the control's shift (2026-03-15 06:00 UTC to 2026-03-15 18:00 UTC)");
        assertThat(ES.fieldError(e.errors().get(0))).startsWith("fuera del turno del control");
        Refusals.validation(t, () -> f.checks.record(with(f.check(), "checkedAt", Instant.parse("2026-03-15T05:59:59Z"))));
        assertThat(f.matcher.recorded).isEmpty();
    }

    @Test
    void aCheckWithNoPersonAndNoDocumentIsRefused() {
        BorderCheck nothing = new BorderCheck(null, 0, f.control.id(), Instant.parse("2026-03-15T08:30:00Z"), null,
                " ", "", null, null, "PE", null, "  ", null, null, null, null, null, null, null, null, null, null, null);
        ValidationException e = Refusals.validation(t, () -> f.checks.record(nothing));
        assertThat(Refusals.onlyErrorKey(e, "familyNames")).isEqualTo("checkpoint.error.personOrDocument");
        assertThat(ES.fieldError(e.errors().get(0))).isEqualTo("indique el nombre de una persona o un número de documento (o ambos)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9074728", "907472", "90747290", "ABCDEFG", "0000001"})
    void aMalformedImoIsRefused(String imo) {
        ValidationException e = Refusals.validation(t, () -> f.checks.record(with(f.check(), "vesselImo", imo)));
        assertThat(Refusals.onlyErrorKey(e, "vesselImo")).isEqualTo("checkpoint.error.imo");
        assertThat(EN.fieldError(e.errors().get(0))).contains("IMO");
    }

    @Test
    void anImoIsAcceptedAsTypedWithItsPrefixAndOnlyForAVessel() {
        assertThat(f.checks.record(with(f.check(), "vesselImo", "IMO 9074729")).check().vesselImo()).isEqualTo("9074729");
        assertThat(CheckRecords.validImo("9176187")).isTrue();
        ValidationException bus = Refusals.validation(t, () -> f.checks.record(with(f.check(), "conveyance",
                CheckConveyance.BUS)));
        assertThat(Refusals.onlyErrorKey(bus, "vesselImo")).isEqualTo("checkpoint.error.vesselOnly");
    }

    @Test
    void unknownCountriesTooLongTextAndFutureBirthDatesAreRefused() {
        ValidationException e = Refusals.validation(t, () -> f.checks.record(with(with(with(with(f.check(),
                "nationality", "ZZ"), "docCountry", "QQ"), "vesselFlag", "XY"), "givenNames", "x".repeat(101))));
        assertThat(Refusals.fields(e)).containsExactlyInAnyOrder("givenNames", "nationality", "docCountry", "vesselFlag");
        assertThat(ES.fieldError(e.errors().stream().filter(x -> x.field().equals("nationality")).findFirst().orElseThrow()))
                .isEqualTo("código de país desconocido \"ZZ\"");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.checks.record(with(f.check(), "birthDate",
                LocalDate.of(2026, 3, 16)))), "birthDate")).isEqualTo("validation.future");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.checks.record(with(f.check(), "docNumber",
                "x".repeat(41)))), "docNumber")).isEqualTo("validation.tooLong");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.checks.record(with(f.check(), "docNumber",
                "--"))), "docNumber")).isEqualTo("validation.malformed");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.checks.record(with(f.check(), "docType",
                null))), "docType")).isEqualTo("validation.required");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.checks.record(with(f.check(), "controlId",
                UUID.randomUUID()))), "controlId")).isEqualTo("checkpoint.error.controlNotFound");
    }

    @Test
    void checksAreListedNewestFirstPagedAndUpdatedOrRemovedWithTheirVersion() {
        BorderCheck a = f.checks.record(f.check(Instant.parse("2026-03-15T07:00:00Z"), "Uno", null)).check();
        BorderCheck b = f.checks.record(f.check(Instant.parse("2026-03-15T09:00:00Z"), "Dos", null)).check();
        BorderCheck c = f.checks.record(f.check(Instant.parse("2026-03-15T08:00:00Z"), "Tres", null)).check();
        assertThat(f.checks.list(f.control.id(), 0, 2)).extracting(BorderCheck::familyNames).containsExactly("Dos", "Tres");
        assertThat(f.checks.list(f.control.id(), 2, 2)).extracting(BorderCheck::id).containsExactly(a.id());
        BorderCheck changed = f.checks.update(with(b, "familyNames", "Dos Santos"));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.result()).isEqualTo(CheckResult.NO_HIT);
        Refusals.refused(t, () -> f.checks.update(with(b, "familyNames", "Stale")), ConflictException.class);
        Refusals.validation(t, () -> f.checks.update(with(changed, "checkedAt", Instant.parse("2026-03-16T09:00:00Z"))));
        f.checks.remove(c.id(), 0);
        assertThat(f.checks.count(f.control.id())).isEqualTo(2);
        Refusals.refused(t, () -> f.checks.remove(c.id(), 0), org.vigia.model.VigiaException.class);
    }

    @Test
    void aReaderMayPreviewButNotRecord() {
        t.signInAs("lector", Role.HQ_ANALYST);
        assertThat(f.checks.preview(f.check().subject()).checkedAgainst()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.checks.record(f.check()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(t.snapshot().rows("BORDER_CHECK")).isZero();
    }
}
