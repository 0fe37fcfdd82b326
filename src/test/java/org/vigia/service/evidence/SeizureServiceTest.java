package org.vigia.service.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.SEIZURE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.model.AuditEvent;
import org.vigia.model.ConflictException;
import org.vigia.model.NotPermittedException;
import org.vigia.model.Role;
import org.vigia.model.Seizure;
import org.vigia.model.SeizureType;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

class SeizureServiceTest {
    private final TestServices t = TestServices.withOffice();
    private final SeizureFixture f = new SeizureFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aSeizureRoundTripsTrimmedAndUpperCased() {
        Seizure saved = f.seizures().add(f.cash());
        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isZero();
        Seizure read = f.seizures().get(saved.id());
        assertThat(read).isEqualTo(saved);
        assertThat(read.type()).isEqualTo(SeizureType.Cash);
        assertThat(read.amount()).isEqualByComparingTo("2700.50");
        assertThat(read.currency()).isEqualTo("USD");
        assertThat(read.country()).isEqualTo("CO");
        assertThat(read.locality()).isEqualTo("Cúcuta");
        assertThat(read.seizedFromPersonId()).isEqualTo(f.personId);
        assertThat(read.custody()).isEmpty();
        assertThat(read.files()).isEmpty();
    }

    @Test
    void theCaseListsItsLiveSeizuresByDate() {
        Seizure cash = f.seizures().add(f.cash());
        Seizure phones = f.seizures().add(f.phones(3));
        Seizure gone = f.seizures().add(f.phones(1));
        f.seizures().remove(gone.id(), gone.version());
        assertThat(f.seizures().list(f.caseId)).extracting(Seizure::id).containsExactly(phones.id(), cash.id());
        assertThat(t.dsl().fetchOne(SEIZURE, SEIZURE.ID.eq(gone.id())).getDeletedAt()).as("tombstone").isNotNull();
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleOneIsRefused() {
        Seizure saved = f.seizures().add(f.phones(2));
        Seizure changed = f.seizures().update(SeizureFixture.with(saved, SeizureType.Computer, 1, null, null,
                saved.seizedOn(), "PE"));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.type()).isEqualTo(SeizureType.Computer);
        assertThat(changed.country()).isEqualTo("PE");
        Refusals.refused(t, () -> f.seizures().update(SeizureFixture.with(saved, SeizureType.Drugs, 1, null, null,
                saved.seizedOn(), "CO")), ConflictException.class);
        Refusals.refused(t, () -> f.seizures().remove(saved.id(), 0), ConflictException.class);
    }

    @Test
    void custodyTransfersKeepTheirOrder() {
        Seizure s = f.seizures().add(f.cash());
        f.seizures().addTransfer(s.id(), "Sgt. Rojas", LocalDate.of(2026, 3, 5), "seized at the checkpoint");
        f.seizures().addTransfer(s.id(), "Evidence room Bogotá", LocalDate.of(2026, 3, 6), " storage ");
        Seizure after = f.seizures().addTransfer(s.id(), " Prosecutor's office ", LocalDate.of(2026, 3, 6), "");
        assertThat(after.custody()).extracting(c -> c.sequence() + " " + c.holder() + " " + c.transferredOn())
                .containsExactly("1 Sgt. Rojas 2026-03-05", "2 Evidence room Bogotá 2026-03-06",
                        "3 Prosecutor's office 2026-03-06");
        assertThat(after.custody().get(1).purpose()).isEqualTo("storage");
        assertThat(after.custody().get(2).purpose()).isNull();
        assertThat(after.currentHolder()).isEqualTo("Prosecutor's office");
        assertThat(f.seizures().list(f.caseId).get(0).custody()).isEqualTo(after.custody());
    }

    @ParameterizedTest
    @CsvSource({
        "'', 2026-03-12, holder, validation.required",
        "Rojas, 2026-03-04, transferredOn, error.seizure.transferBeforeSeizure",
        "Rojas, 2026-03-16, transferredOn, validation.future",
        "Rojas, 2026-03-09, transferredOn, error.seizure.transferBeforePrevious",
    })
    void aBadTransferIsRefusedAndNothingChanges(String holder, LocalDate on, String field, String key) {
        Seizure s = f.seizures().add(f.cash());
        f.seizures().addTransfer(s.id(), "Sgt. Rojas", LocalDate.of(2026, 3, 10), null);
        ValidationException e = Refusals.validation(t, () -> f.seizures().addTransfer(s.id(), holder, on, null));
        assertThat(Refusals.onlyErrorKey(e, field)).isEqualTo(key);
    }

    @Test
    void aSeizureCannotBeMovedAfterItsFirstHandOver() {
        Seizure s = f.seizures().add(f.cash());
        f.seizures().addTransfer(s.id(), "Sgt. Rojas", LocalDate.of(2026, 3, 6), null);
        ValidationException e = Refusals.validation(t, () -> f.seizures().update(SeizureFixture.with(s,
                SeizureType.Cash, null, s.amount(), "USD", LocalDate.of(2026, 3, 7), "CO")));
        assertThat(Refusals.onlyErrorKey(e, "seizedOn")).isEqualTo("error.seizure.afterTransfer");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null, null, null, null, 2026-03-01, CO, seizureType, validation.required",
        "Phone, -1, null, null, 2026-03-01, CO, quantity, error.seizure.negative",
        "Cash, null, -5, USD, 2026-03-01, CO, amount, error.seizure.negative",
        "Cash, null, 10.005, USD, 2026-03-01, CO, amount, error.seizure.amountDecimals",
        "Cash, null, 12345678901234567, USD, 2026-03-01, CO, amount, error.seizure.amountTooLarge",
        "Cash, null, 100, null, 2026-03-01, CO, currency, validation.required",
        "Cash, null, 100, XYZ, 2026-03-01, CO, currency, error.seizure.unknownCurrency",
        "Cash, null, null, EUR, 2026-03-01, CO, amount, validation.required",
        "Drugs, 1, null, null, null, CO, seizedOn, validation.required",
        "Drugs, 1, null, null, 2026-03-16, CO, seizedOn, validation.future",
        "Drugs, 1, null, null, 1850-01-01, CO, seizedOn, validation.dateRange",
        "Drugs, 1, null, null, 2026-03-01, null, country, validation.required",
        "Drugs, 1, null, null, 2026-03-01, XX, country, validation.unknownCountry",
    })
    void badFieldsAreRefusedAndNothingIsStored(SeizureType type, Integer quantity, BigDecimal amount, String currency,
                                               LocalDate on, String country, String field, String key) {
        Seizure bad = SeizureFixture.with(f.cash(), type, quantity, amount, currency, on, country);
        ValidationException e = Refusals.validation(t, () -> f.seizures().add(bad));
        assertThat(Refusals.onlyErrorKey(e, field)).isEqualTo(key);
    }

    @Test
    void longTextsAreRefused() {
        Seizure base = f.cash();
        Seizure longDescription = new Seizure(null, 0, f.caseId, SeizureType.Cash, null, BigDecimal.ONE, "USD",
                "x".repeat(2001), base.seizedOn(), "CO", "y".repeat(121), null, null, null);
        ValidationException e = Refusals.validation(t, () -> f.seizures().add(longDescription));
        assertThat(Refusals.fields(e)).containsExactly("description", "locality");
        assertThat(e.errors()).allMatch(x -> x.key().equals("validation.tooLong"));
    }

    @Test
    void theSeizedFromPersonAndTheCaseMustBeLive() {
        Seizure unknownPerson = new Seizure(null, 0, f.caseId, SeizureType.Cash, null, BigDecimal.TEN, "USD", null,
                LocalDate.of(2026, 3, 1), "CO", null, UUID.randomUUID(), null, null);
        ValidationException e = Refusals.validation(t, () -> f.seizures().add(unknownPerson));
        assertThat(Refusals.onlyErrorKey(e, "seizedFrom")).isEqualTo("error.seizure.personNotFound");

        Seizure unknownCase = new Seizure(null, 0, UUID.randomUUID(), SeizureType.Cash, null, BigDecimal.TEN, "USD",
                null, LocalDate.of(2026, 3, 1), "CO", null, null, null, null);
        assertThat(Refusals.refused(t, () -> f.seizures().add(unknownCase), VigiaException.class).key())
                .isEqualTo("error.seizure.caseNotFound");

        Seizure s = f.seizures().add(f.phones(1));
        var c = t.cases().get(f.caseId);
        t.cases().delete(c.id(), c.version());
        assertThat(Refusals.refused(t, () -> f.seizures().addTransfer(s.id(), "Rojas", LocalDate.of(2026, 3, 2), null),
                VigiaException.class).key()).isEqualTo("error.seizure.caseNotFound");
    }

    @Test
    void anAccountWithoutCaseWriteCanReadButNotWrite() {
        Seizure s = f.seizures().add(f.cash());
        t.signInAs("hq", Role.HQ_ANALYST);
        assertThat(f.seizures().list(f.caseId)).hasSize(1);
        denied(() -> f.seizures().add(f.phones(1)));
        denied(() -> f.seizures().update(s));
        denied(() -> f.seizures().remove(s.id(), s.version()));
        denied(() -> f.seizures().addTransfer(s.id(), "Rojas", LocalDate.of(2026, 3, 6), null));
        denied(() -> f.seizures().attach(s.id(), "a.txt", null, new java.io.ByteArrayInputStream(new byte[] {1})));
    }

    /** Refused for want of a permission: only the refusal's own audit event is written. */
    private void denied(Runnable action) {
        var snapshot = t.snapshot();
        var before = snapshot.tables();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(action::run)).isInstanceOf(NotPermittedException.class);
        var after = t.snapshot().tables();
        for (String table : java.util.List.of("SEIZURE", "CUSTODY_TRANSFER", "EVIDENCE_FILE")) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        assertThat(t.snapshot().rows("AUDIT_EVENT")).isEqualTo(snapshot.rows("AUDIT_EVENT") + 1);
    }

    @Test
    void everyWriteIsAuditedWithoutNames() {
        long before = t.audit().count();
        Seizure s = f.seizures().add(f.cash());
        s = f.seizures().update(SeizureFixture.with(s, SeizureType.Cash, null, new BigDecimal("2800"), "USD",
                s.seizedOn(), "CO"));
        f.seizures().addTransfer(s.id(), "Sgt. Rojas", LocalDate.of(2026, 3, 6), "Peña's backpack");
        f.seizures().remove(s.id(), s.version());
        assertThat(t.audit().count()).isEqualTo(before + 4);
        var events = t.audit().page(0, 4); // newest first
        assertThat(events).extracting(AuditEvent::action)
                .containsExactly("SEIZURE_REMOVE", "CUSTODY_TRANSFER", "SEIZURE_UPDATE", "SEIZURE_ADD");
        UUID id = s.id();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.entityType()).isEqualTo("seizure");
            assertThat(e.entityId()).isEqualTo(id);
            assertThat(e.summary()).doesNotContain("Peña", "Luis", "Rojas", "Cúcuta").contains(id.toString());
        });
        assertThat(t.audit().verify().ok()).isTrue();
    }
}
