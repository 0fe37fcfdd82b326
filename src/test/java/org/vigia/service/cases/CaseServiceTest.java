package org.vigia.service.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_OFFENCE;
import static org.vigia.db.schema.Tables.CASE_WORD;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.AuditEvent;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseStatus;
import org.vigia.model.ConflictException;
import org.vigia.model.OffenceType;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

class CaseServiceTest {
    private final TestServices t = TestServices.withOffice();
    private final CaseService cases = t.cases();

    @AfterEach
    void close() {
        t.close();
    }

    private CaseFile create(String number) {
        return cases.create(CaseDraft.valid().number(number).build());
    }

    @Test
    void blankNumbersAreGeneratedFromTheOfficePatternInSequence() {
        assertThat(cases.suggestNumber()).isEqualTo("CO-BOG-2026-00001");
        assertThat(create(null).number()).isEqualTo("CO-BOG-2026-00001");
        assertThat(cases.suggestNumber()).isEqualTo("CO-BOG-2026-00002");
        assertThat(create("   ").number()).isEqualTo("CO-BOG-2026-00002");
        assertThat(create("").number()).isEqualTo("CO-BOG-2026-00003");
    }

    @Test
    void aHandTypedNumberInThePatternMovesTheCounterPastIt() {
        create(null);
        assertThat(create("CO-BOG-2026-00041").number()).isEqualTo("CO-BOG-2026-00041");
        assertThat(create(null).number()).isEqualTo("CO-BOG-2026-00042");

        create(" co-bog-2026-00050 ");
        create("CO-BOG-2026-00010");          // lower than the counter: no move back
        create("CO-BOG-2025-00100");          // another year has its own counter
        create("PE-LIM-2026-00500");          // not this office's pattern
        create("CO-BOG-2026-7");              // a short number in the pattern counts too
        assertThat(cases.suggestNumber()).isEqualTo("CO-BOG-2026-00051");
        assertThat(create(null).number()).isEqualTo("CO-BOG-2026-00051");
    }

    @Test
    void aNumberWrittenWithoutItsLeadingZerosIsTheSameNumber() {
        create("CO-BOG-2026-00007");
        long before = t.audit().count();
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> create("co-bog-2026-7")), "number"))
                .isEqualTo("validation.duplicate");
        assertThat(t.audit().count()).isEqualTo(before);
        create("CO-BOG-2026-00070");
        create("CO-BOG-2026-00009");
        assertThat(cases.page(org.vigia.model.CaseQuery.all(), 0, 10)).extracting(s -> s.number())
                .containsExactly("CO-BOG-2026-00007", "CO-BOG-2026-00009", "CO-BOG-2026-00070");
    }

    @Test
    void theCaseIsStoredAsTypedWithOneLineFieldsTrimmed() {
        CaseFile saved = cases.create(CaseDraft.valid().number(" CO-BOG-2026-00007 ").title("  Trata  ")
                .lead(" Insp. Ana Morales ").country(" co ").narrative("Line one\nLine two  \n").build());

        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isZero();
        assertThat(saved.number()).isEqualTo("CO-BOG-2026-00007");
        assertThat(saved.title()).isEqualTo("Trata");
        assertThat(saved.leadInvestigator()).isEqualTo("Insp. Ana Morales");
        assertThat(saved.country()).isEqualTo("CO");
        assertThat(saved.narrative()).isEqualTo("Line one\nLine two");
        assertThat(saved.updatedAt()).isEqualTo(TestServices.NOW);
        assertThat(saved.updatedBy()).isEqualTo(TestServices.USER);
        assertThat(cases.get(saved.id())).isEqualTo(saved);
    }

    @Test
    void aNumberAlreadyUsedIsRefusedIgnoringCaseEvenWhenItsCaseWasDeleted() {
        CaseFile first = create("CO-BOG-2026-00007");
        CaseFile other = create("CO-BOG-2026-00008");
        CaseFile gone = create("CO-BOG-2026-00009");
        cases.delete(gone.id(), gone.version());

        for (String clash : List.of("co-bog-2026-00007", "CO-BOG-2026-00009", "co-BOG-2026-00009")) {
            ValidationException e = Refusals.validation(t, () -> create(clash));
            assertThat(Refusals.onlyErrorKey(e, "number")).isEqualTo("validation.duplicate");
        }
        ValidationException e = Refusals.validation(t,
                () -> cases.update(CaseDraft.of(other).number("Co-Bog-2026-00007").build()));
        assertThat(Refusals.onlyErrorKey(e, "number")).isEqualTo("validation.duplicate");
        assertThat(cases.numberTaken("co-bog-2026-00009")).isTrue();
        assertThat(cases.get(first.id())).isEqualTo(first);
    }

    @Test
    void updateSavesTheChangesAndBumpsTheVersion() {
        CaseFile c = create(null);

        CaseFile edited = cases.update(CaseDraft.of(c).title("New title").locality("Cúcuta")
                .offences(OffenceType.MigrantSmuggling, OffenceType.DocumentFraud).status(CaseStatus.FollowUp).build());

        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.title()).isEqualTo("New title");
        assertThat(edited.offences()).containsExactlyInAnyOrder(OffenceType.MigrantSmuggling, OffenceType.DocumentFraud);
        assertThat(edited.status()).isEqualTo(CaseStatus.FollowUp);
        assertThat(cases.get(c.id())).isEqualTo(edited);
        assertThat(cases.page(new CaseQuery("cucuta", null, null, null, null, true), 0, 10)).hasSize(1);
        assertThat(cases.count(new CaseQuery(null, null, null, OffenceType.HumanTrafficking, null, true))).isZero();
    }

    @Test
    void aStaleUpdateIsRefusedAndTheOtherUsersChangeIsKept() {
        CaseFile mine = create(null);
        CaseFile theirs = cases.update(CaseDraft.of(mine).title("Their title").build());

        ConflictException e = Refusals.refused(t,
                () -> cases.update(CaseDraft.of(mine).title("My title").locality("Ipiales").build()),
                ConflictException.class);

        assertThat(e.key()).isEqualTo("error.conflict");
        assertThat(cases.get(mine.id())).isEqualTo(theirs);
        Refusals.refused(t, () -> cases.close(mine.id(), mine.version(), CaseStatus.Closed), ConflictException.class);
        Refusals.refused(t, () -> cases.delete(mine.id(), mine.version()), ConflictException.class);
        assertThat(cases.get(mine.id())).isEqualTo(theirs);
    }

    @Test
    void closeOnlyToAClosedStatusAndOnlyOnce() {
        CaseFile c = create(null);
        for (CaseStatus open : new CaseStatus[] {CaseStatus.Active, CaseStatus.FollowUp, null}) {
            VigiaException e = Refusals.refused(t, () -> cases.close(c.id(), c.version(), open), VigiaException.class);
            assertThat(e.key()).isEqualTo("error.case.closeStatus");
        }

        CaseFile closed = cases.close(c.id(), c.version(), CaseStatus.ClosedReferred);
        assertThat(closed.status()).isEqualTo(CaseStatus.ClosedReferred);
        assertThat(closed.version()).isEqualTo(1);
        assertThat(cases.get(c.id())).isEqualTo(closed);

        VigiaException again = Refusals.refused(t,
                () -> cases.close(c.id(), closed.version(), CaseStatus.Closed), VigiaException.class);
        assertThat(again.key()).isEqualTo("error.case.alreadyClosed");
    }

    @Test
    void reopenOnlyWhenClosed() {
        CaseFile c = create(null);
        VigiaException e = Refusals.refused(t, () -> cases.reopen(c.id(), c.version()), VigiaException.class);
        assertThat(e.key()).isEqualTo("error.case.notClosed");

        CaseFile closed = cases.close(c.id(), c.version(), CaseStatus.Closed);
        CaseFile reopened = cases.reopen(closed.id(), closed.version());

        assertThat(reopened.status()).isEqualTo(CaseStatus.Active);
        assertThat(reopened.version()).isEqualTo(2);
        assertThat(cases.get(c.id())).isEqualTo(reopened);
    }

    @Test
    void deleteLeavesATombstoneThatNoListOrSearchShows() {
        CaseFile kept = cases.create(CaseDraft.valid().title("Kept case").locality("Lima").build());
        CaseFile c = cases.create(CaseDraft.valid().title("Cúcuta night club").locality("Cúcuta").build());

        cases.delete(c.id(), c.version());

        var row = t.dsl().selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(c.id())).fetchOne();
        assertThat(row).isNotNull();
        assertThat(row.getDeletedAt().toInstant()).isEqualTo(TestServices.NOW);
        assertThat(row.getVersion()).isEqualTo(1);
        assertThat(t.dsl().fetchCount(CASE_WORD, CASE_WORD.CASE_ID.eq(c.id()))).isZero();
        assertThat(t.dsl().fetchCount(CASE_OFFENCE, CASE_OFFENCE.CASE_ID.eq(c.id()))).isZero();
        VigiaException notFound = org.assertj.core.api.Assertions.catchThrowableOfType(
                VigiaException.class, () -> cases.get(c.id()));
        assertThat(notFound.key()).isEqualTo("error.case.notFound");
        assertThat(cases.count(CaseQuery.all())).isEqualTo(1);
        assertThat(cases.page(CaseQuery.all(), 0, 10)).extracting(s -> s.id()).containsExactly(kept.id());
        assertThat(cases.count(new CaseQuery("cucuta", null, null, null, null, true))).isZero();
        assertThat(cases.count(new CaseQuery(null, null, CaseStatus.Active, null, null, true))).isEqualTo(1);
        assertThat(Refusals.refused(t, () -> cases.delete(c.id(), 1), VigiaException.class).key())
                .isEqualTo("error.case.notFound");
        assertThat(Refusals.refused(t, () -> cases.update(CaseDraft.of(c).version(1).build()), VigiaException.class).key())
                .isEqualTo("error.case.notFound");
    }

    @Test
    void everyWriteAppendsExactlyOneAuditEventNamingTheCase() {
        long start = t.audit().count();
        CaseFile c = create(null);
        CaseFile u = cases.update(CaseDraft.of(c).title("Changed").build());
        CaseFile closed = cases.close(c.id(), u.version(), CaseStatus.Closed);
        CaseFile reopened = cases.reopen(c.id(), closed.version());
        cases.delete(c.id(), reopened.version());

        List<AuditEvent> events = t.audit().page(0, 5);
        assertThat(t.audit().count()).isEqualTo(start + 5);
        assertThat(events).extracting(AuditEvent::action)
                .containsExactly("CASE_DELETE", "CASE_REOPEN", "CASE_CLOSE", "CASE_UPDATE", "CASE_CREATE");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.entityType()).isEqualTo("case");
            assertThat(e.entityId()).isEqualTo(c.id());
            assertThat(e.user()).isEqualTo(TestServices.USER);
            assertThat(e.summary()).contains("CO-BOG-2026-00001");
        });
        assertThat(t.audit().verify().ok()).isTrue();
    }
}
