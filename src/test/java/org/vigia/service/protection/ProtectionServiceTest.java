package org.vigia.service.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.AuditEvent;
import org.vigia.model.Gender;
import org.vigia.model.Guardian;
import org.vigia.model.ProtectionEntry;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.RoleLink;
import org.vigia.model.VictimProtection;
import org.vigia.testing.TestServices;

/** A victim's protection history: recorded, read back in order, corrected by new entries, with follow-up and guardian. */
class ProtectionServiceTest {
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private final TestServices t = TestServices.withOffice();
    private final ProtectionFixture f = new ProtectionFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    private List<AuditEvent> protectionEvents() {
        return t.audit().page(0, 1_000).stream().filter(e -> e.action().startsWith("PROTECTION_"))
                .sorted(java.util.Comparator.comparingLong(AuditEvent::seq)).toList();
    }

    @Test
    void aVictimWithNothingRecordedCountsAsIdentifiedSinceIdentificationAndNothingIsWritten() {
        RoleLink link = f.adult();
        VictimProtection v = f.get(link);
        assertThat(v.status()).isEqualTo(ProtectionStatus.IDENTIFIED);
        assertThat(v.statusOn()).isEqualTo(ProtectionFixture.IDENTIFIED);
        assertThat(v.version()).isEqualTo(VictimProtection.NOT_RECORDED);
        assertThat(v.entries()).isEmpty();
        assertThat(v.minor()).isFalse();
        assertThat(v.displayName()).as("masked").isEqualTo(org.vigia.model.Pseudonym.of(link.personId(), "Yuliana", "Ortiz"))
                .doesNotContain("Yuliana");
        assertThat(t.snapshot().rows("VICTIM_PROTECTION")).isZero();
    }

    @Test
    void withoutAnIdentificationDateTheVictimIsIdentifiedSinceTheLinkWasMade() {
        RoleLink link = f.victim("Rosa", "Mamani", LocalDate.of(1990, 1, 1), Gender.Feminine, null);
        assertThat(f.get(link).statusOn()).isEqualTo(TestServices.TODAY);
    }

    @Test
    void entriesAreAppendedInOrderAndTheFirstWriteCreatesTheHeader() {
        RoleLink link = f.adult();
        VictimProtection v = f.service().addEntry(link.id(), VictimProtection.NOT_RECORDED, ProtectionStatus.RESCUED,
                MAR_1, "  found at the bar  ", LocalDate.of(2026, 3, 20));
        assertThat(v.version()).isZero();
        assertThat(v.status()).isEqualTo(ProtectionStatus.RESCUED);
        assertThat(v.statusOn()).isEqualTo(MAR_1);
        assertThat(v.followUpOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.INTERVIEWED, MAR_1.plusDays(2), null, null);
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.IN_CARE, MAR_1.plusDays(2), "shelter", null);
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.REFERRED, MAR_1.plusDays(5), null, null);
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.IN_CARE, MAR_1.plusDays(9), "back", null);
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.REPATRIATED, MAR_1.plusDays(12), null, null);

        VictimProtection read = f.get(link);
        assertThat(read.version()).isEqualTo(5);
        assertThat(read.entries()).extracting(ProtectionEntry::status).containsExactly(ProtectionStatus.RESCUED,
                ProtectionStatus.INTERVIEWED, ProtectionStatus.IN_CARE, ProtectionStatus.REFERRED,
                ProtectionStatus.IN_CARE, ProtectionStatus.REPATRIATED);
        assertThat(read.entries()).extracting(ProtectionEntry::seqNo).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(read.entries().get(0).note()).isEqualTo("found at the bar");
        assertThat(read.entries().get(0).createdBy()).isEqualTo(TestServices.USER);
        assertThat(read.status()).isEqualTo(ProtectionStatus.REPATRIATED);
        assertThat(read.statusOn()).isEqualTo(MAR_1.plusDays(12));
        assertThat(read.followUpOn()).as("an entry without a follow-up clears it").isNull();
        assertThat(t.snapshot().rows("VICTIM_PROTECTION")).isOne();
        assertThat(t.snapshot().rows("PROTECTION_ENTRY")).isEqualTo(6);
    }

    @Test
    void auditEventsNameTheLinkAndCodesButNoNameNoteOrGuardian() {
        RoleLink link = f.adult();
        VictimProtection v = f.service().addEntry(link.id(), VictimProtection.NOT_RECORDED, ProtectionStatus.RESCUED,
                MAR_1, "Yuliana cried", null);
        v = f.service().setGuardian(link.id(), v.version(), new Guardian("Marta Ortiz", "Aunt", "+57 300"));
        v = f.service().setFollowUp(link.id(), v.version(), TestServices.TODAY.plusDays(3), "call Marta");
        f.service().correct(link.id(), v.version(), v.latest().id(), ProtectionStatus.RESCUED, MAR_1.plusDays(1),
                null, "typo in the date");
        List<AuditEvent> events = protectionEvents();
        assertThat(events).extracting(AuditEvent::action).containsExactly("PROTECTION_ENTRY", "PROTECTION_GUARDIAN",
                "PROTECTION_FOLLOW_UP", "PROTECTION_CORRECT");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.entityId()).isEqualTo(link.id());
            assertThat(e.summary()).contains(link.id().toString()).doesNotContain("Yuliana", "Ortiz", "Marta", "Aunt",
                    "cried", "typo");
        });
        assertThat(events.get(0).summary()).contains("RESCUED on 2026-03-01");
        assertThat(events.get(3).summary()).contains("corrects entry 1");
    }

    @Test
    void aCorrectionIsANewEntryThatReplacesTheLatestOneWhichStaysMarked() {
        RoleLink link = f.adult();
        VictimProtection v = f.service().addEntry(link.id(), VictimProtection.NOT_RECORDED, ProtectionStatus.RESCUED,
                MAR_1, null, null);
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.REPATRIATED, MAR_1.plusDays(4), "flight", null);
        ProtectionEntry wrong = v.latest();
        // a final status: no move out of it, except by a correction (checked from RESCUED, the status before)
        v = f.service().correct(link.id(), v.version(), wrong.id(), ProtectionStatus.IN_CARE, MAR_1.plusDays(3),
                "in the shelter", "repatriation was planned, not done");
        assertThat(v.status()).isEqualTo(ProtectionStatus.IN_CARE);
        assertThat(v.statusOn()).isEqualTo(MAR_1.plusDays(3));
        assertThat(v.entries()).hasSize(3);
        ProtectionEntry corrected = v.entries().get(1);
        ProtectionEntry correction = v.entries().get(2);
        assertThat(corrected.status()).isEqualTo(ProtectionStatus.REPATRIATED);
        assertThat(corrected.note()).as("never edited").isEqualTo("flight");
        assertThat(corrected.corrected()).isTrue();
        assertThat(corrected.correctedBy()).isEqualTo(correction.id());
        assertThat(correction.correctsEntryId()).isEqualTo(wrong.id());
        assertThat(correction.reason()).isEqualTo("repatriation was planned, not done");
        assertThat(v.effective()).extracting(ProtectionEntry::status)
                .containsExactly(ProtectionStatus.RESCUED, ProtectionStatus.IN_CARE);
        // the next entry follows from the corrected status
        v = f.service().addEntry(link.id(), v.version(), ProtectionStatus.REFERRED, MAR_1.plusDays(6), null, null);
        assertThat(v.status()).isEqualTo(ProtectionStatus.REFERRED);
        // and a correction of a correction: the latest effective entry again
        v = f.service().correct(link.id(), v.version(), v.latest().id(), ProtectionStatus.INTEGRATED,
                MAR_1.plusDays(7), null, "wrong status chosen");
        assertThat(v.effective()).extracting(ProtectionEntry::status).containsExactly(ProtectionStatus.RESCUED,
                ProtectionStatus.IN_CARE, ProtectionStatus.INTEGRATED);
        assertThat(t.snapshot().rows("PROTECTION_ENTRY")).isEqualTo(5);
    }

    @Test
    void correctingTheOnlyEntryMayChangeItToTheOtherStartingStatus() {
        RoleLink link = f.adult();
        VictimProtection v = f.service().addEntry(link.id(), VictimProtection.NOT_RECORDED,
                ProtectionStatus.IDENTIFIED, MAR_1, null, null);
        v = f.service().correct(link.id(), v.version(), v.latest().id(), ProtectionStatus.RESCUED, MAR_1, null,
                "was rescued that day");
        assertThat(v.status()).isEqualTo(ProtectionStatus.RESCUED);
        assertThat(v.effective()).singleElement().extracting(ProtectionEntry::status).isEqualTo(ProtectionStatus.RESCUED);
    }

    @Test
    void followUpAndGuardianAreSetAndClearedWithoutAStatusEntry() {
        RoleLink link = f.adult();
        LocalDate next = TestServices.TODAY.plusDays(10);
        VictimProtection v = f.service().setFollowUp(link.id(), VictimProtection.NOT_RECORDED, next, " check shelter ");
        assertThat(v.followUpOn()).isEqualTo(next);
        assertThat(v.followUpNote()).isEqualTo("check shelter");
        assertThat(v.status()).as("the header starts as identified").isEqualTo(ProtectionStatus.IDENTIFIED);
        assertThat(v.statusOn()).isEqualTo(ProtectionFixture.IDENTIFIED);
        assertThat(v.entries()).isEmpty();
        v = f.service().setFollowUp(link.id(), v.version(), TestServices.TODAY, null);
        assertThat(v.followUpOn()).as("today is not in the past").isEqualTo(TestServices.TODAY);
        v = f.service().setFollowUp(link.id(), v.version(), null, "ignored");
        assertThat(v.followUpOn()).isNull();
        assertThat(v.followUpNote()).isNull();

        v = f.service().setGuardian(link.id(), v.version(), new Guardian(" ICBF ", "Child protection authority",
                "+57 601 000"));
        assertThat(v.guardian()).as("hidden with the victim: a guardian's name and contact reach her")
                .isEqualTo(new Guardian("\u2022\u2022\u2022\u2022\u2022\u2022", "Child protection authority",
                        "\u2022\u2022\u2022\u2022\u2022\u2022"));
        int before = v.version();
        VictimProtection hidden = v;
        var e = org.vigia.testing.Refusals.refused(t, () -> f.service().setGuardian(link.id(), hidden.version(),
                new Guardian("Someone else", null, null)), org.vigia.model.VigiaException.class);
        assertThat(e.key()).isEqualTo("identity.revealToEdit");
        t.app().identity().reveal(link.personId(), "Update the guardian");
        v = f.get(link);
        assertThat(v.version()).isEqualTo(before);
        assertThat(v.guardian()).isEqualTo(new Guardian("ICBF", "Child protection authority", "+57 601 000"));
        v = f.service().setGuardian(link.id(), v.version(), new Guardian(" ", "", null));
        assertThat(v.guardian().present()).isFalse();
        assertThat(f.get(link).version()).isEqualTo(4);
    }

    @Test
    void aMinorIsAPriorityAndMissesAGuardianUntilOneIsSet() {
        RoleLink link = f.victim("Dayana", "Pérez", LocalDate.of(2010, 6, 1), Gender.Feminine, ProtectionFixture.IDENTIFIED);
        VictimProtection v = f.get(link);
        assertThat(v.minor()).isTrue();
        assertThat(v.age()).isEqualTo(15);
        assertThat(v.priority()).isTrue();
        assertThat(v.guardianMissing()).isTrue();
        v = f.service().setGuardian(link.id(), v.version(), new Guardian("Defensoría de Familia", null, null));
        assertThat(v.guardianMissing()).isFalse();
        assertThat(f.get(f.adult()).guardianMissing()).as("an adult needs no guardian").isFalse();
    }

    @Test
    void aRevealedVictimShowsByName() {
        RoleLink link = f.adult();
        t.app().context().markRevealed(link.personId());
        assertThat(f.get(link).displayName()).isEqualTo("Yuliana Ortiz");
    }
}
