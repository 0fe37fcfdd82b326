package org.vigia.ui.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.Gender;
import org.vigia.model.ProtectionRow;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.RoleLink;
import org.vigia.model.SexGroup;
import org.vigia.model.VictimProtection;
import org.vigia.service.protection.ProtectionFixture;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;
import org.vigia.ui.common.SameThreadTaskRunner;

/** The board's and a victim's ViewModels on a real database, tasks run in place. */
class ProtectionViewModelTest {
    private final Messages en = new Messages(Locale.ENGLISH);
    private final TestServices t = TestServices.withOffice();
    private final ProtectionFixture f = new ProtectionFixture(t);
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final ProtectionBoardViewModel board = new ProtectionBoardViewModel(t.app().protectionBoard(),
            t.operations(), runner, en);
    private final VictimViewModel victim = new VictimViewModel(t.app().protection(), runner, en);
    private RoleLink woman;
    private RoleLink girl;

    @AfterEach
    void close() {
        t.close();
    }

    private void victims() {
        woman = f.adult();
        girl = f.victim("Dayana", "Pérez", LocalDate.of(2010, 6, 1), Gender.Feminine, ProtectionFixture.IDENTIFIED);
        f.service().addEntry(girl.id(), VictimProtection.NOT_RECORDED, ProtectionStatus.RESCUED,
                LocalDate.of(2026, 3, 2), null, null);
    }

    private ProtectionRow row(int i) {
        board.rows().get(i); // asks for the page
        return board.rows().get(i);
    }

    @Test
    void theBoardCountsAndListsWithTheFiltersAndTheChosenStatus() {
        victims();
        board.open();
        assertThat(board.totalTextProperty().get()).isEqualTo("2 victims");
        assertThat(board.countsProperty().get().all().total()).isEqualTo(2);
        assertThat(board.rows()).hasSize(2);
        assertThat(row(0).linkId()).as("the minor first").isEqualTo(girl.id());
        board.statusProperty().set(ProtectionStatus.IDENTIFIED);
        assertThat(board.totalTextProperty().get()).isEqualTo("1 victim");
        assertThat(row(0).linkId()).isEqualTo(woman.id());
        assertThat(board.countsProperty().get().of(ProtectionStatus.RESCUED).total())
                .as("the counts keep every status").isEqualTo(1);
        board.sexProperty().set(SexGroup.MALE);
        assertThat(board.totalTextProperty().get()).isEqualTo("No victims");
        assertThat(board.countsProperty().get().all().total()).isZero();
        board.clearFilters();
        assertThat(board.statusProperty().get()).isNull();
        assertThat(board.totalTextProperty().get()).isEqualTo("2 victims");
        board.minorProperty().set(true);
        assertThat(board.rows()).hasSize(1);
        assertThat(row(0).linkId()).isEqualTo(girl.id());
        assertThat(board.officeChoices()).hasSize(1);
    }

    @Test
    void eachRowTellsWhatWasDoneForTheVictim() {
        victims();
        var care = t.app().care();
        LocalDate day = f.service().today();
        care.referrals().add(org.vigia.model.ServiceReferral.draft(woman.id(), org.vigia.model.ServiceType.SHELTER,
                "Casa Refugio", org.vigia.model.OrganizationType.NGO, day, null));
        var health = care.referrals().add(org.vigia.model.ServiceReferral.draft(woman.id(),
                org.vigia.model.ServiceType.HEALTH, "Hospital Central", null, day, null));
        var accepted = care.referrals().changeStatus(health.id(), health.version(),
                org.vigia.model.ReferralStatus.ACCEPTED, day);
        care.referrals().changeStatus(accepted.id(), accepted.version(), org.vigia.model.ReferralStatus.DELIVERED, day);
        care.consent().record(org.vigia.model.ConsentRecord.draft(girl.id(), org.vigia.model.ConsentKind.SERVICES,
                null, false, day, null));
        ProtectionBoardViewModel withCare = new ProtectionBoardViewModel(t.app().protectionBoard(), care,
                t.operations(), runner, en);
        withCare.open();
        withCare.rows().get(0);
        ProtectionRow first = withCare.rows().get(0);
        ProtectionRow second = withCare.rows().get(1);
        assertThat(first.linkId()).isEqualTo(girl.id());
        assertThat(withCare.careOf(first).servicesConsent()).isEqualTo(org.vigia.model.ConsentAnswer.WITHDRAWN);
        assertThat(withCare.careOf(first).openReferrals()).isZero();
        assertThat(withCare.careOf(second).openReferrals()).isEqualTo(1);
        assertThat(withCare.careOf(second).deliveredReferrals()).isEqualTo(1);
        assertThat(en.get("protection.care.summary", 1, 1)).isEqualTo("1 open, 1 delivered");
        assertThat(board.careOf(second)).as("without care services nothing is told").isNull();
    }

    @Test
    void addingAnEntryThroughTheFormSavesAndTellsTheBoard() {
        victims();
        AtomicInteger changed = new AtomicInteger();
        victim.setOnChanged(changed::incrementAndGet);
        victim.load(woman.id());
        assertThat(victim.headingProperty().get()).contains(f.kase.number()).doesNotContain("Yuliana");
        victim.startAdd();
        assertThat(victim.formProperty().get()).isEqualTo(VictimViewModel.Form.ADD);
        assertThat(victim.statusChoices()).containsExactly(ProtectionStatus.IDENTIFIED, ProtectionStatus.RESCUED);
        assertThat(victim.dateProperty().get()).isEqualTo(TestServices.TODAY);
        victim.statusProperty().set(ProtectionStatus.RESCUED);
        victim.noteProperty().set("found in the raid");
        victim.followUpProperty().set(TestServices.TODAY.plusDays(7));
        victim.save();
        assertThat(victim.formProperty().get()).isEqualTo(VictimViewModel.Form.NONE);
        assertThat(victim.entries()).singleElement().extracting(e -> e.status()).isEqualTo(ProtectionStatus.RESCUED);
        assertThat(victim.victimProperty().get().followUpOn()).isEqualTo(TestServices.TODAY.plusDays(7));
        assertThat(victim.messageProperty().get()).isEqualTo("Saved.");
        assertThat(changed).hasValue(1);
        victim.startAdd();
        assertThat(victim.statusChoices()).doesNotContain(ProtectionStatus.IDENTIFIED, ProtectionStatus.RESCUED)
                .contains(ProtectionStatus.INTERVIEWED, ProtectionStatus.OTHER);
    }

    @Test
    void aRefusedFormShowsTheErrorsOnTheirFieldsKeepsTheInputAndSavesNothing() {
        victims();
        victim.load(girl.id());
        victim.startAdd();
        victim.statusProperty().set(ProtectionStatus.INTERVIEWED);
        victim.dateProperty().set(LocalDate.of(2026, 3, 1));
        victim.followUpProperty().set(TestServices.TODAY.minusDays(1));
        DbSnapshot before = t.snapshot();
        victim.save();
        assertThat(t.snapshot()).isEqualTo(before);
        assertThat(victim.formProperty().get()).isEqualTo(VictimViewModel.Form.ADD);
        assertThat(victim.errors()).containsEntry("entryDate", "cannot be before the rescue (Mar 2, 2026)")
                .containsEntry("followUpOn", "cannot be in the past");
        assertThat(victim.statusProperty().get()).isEqualTo(ProtectionStatus.INTERVIEWED);
        victim.cancel();
        assertThat(victim.formProperty().get()).isEqualTo(VictimViewModel.Form.NONE);
        assertThat(victim.errors()).isEmpty();
    }

    @Test
    void theCorrectionFormStartsFromTheLatestEntryAndOffersWhatTheStatusBeforeAllows() {
        victims();
        victim.load(girl.id());
        victim.startCorrect();
        assertThat(victim.formProperty().get()).isEqualTo(VictimViewModel.Form.CORRECT);
        assertThat(victim.statusProperty().get()).isEqualTo(ProtectionStatus.RESCUED);
        assertThat(victim.dateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(victim.statusChoices()).containsExactly(ProtectionStatus.IDENTIFIED, ProtectionStatus.RESCUED);
        victim.dateProperty().set(LocalDate.of(2026, 3, 3));
        victim.save();
        assertThat(victim.errors()).containsEntry("reason", "required");
        victim.reasonProperty().set("wrong day");
        victim.save();
        assertThat(victim.entries()).hasSize(2);
        assertThat(victim.entries().get(0).corrected()).isTrue();
        victim.load(woman.id());
        victim.startCorrect();
        assertThat(victim.formProperty().get()).as("nothing to correct").isEqualTo(VictimViewModel.Form.NONE);
        assertThat(victim.messageProperty().get()).isEqualTo("There is no entry to correct yet.");
    }

    @Test
    void theFollowUpAndGuardianForms() {
        victims();
        victim.load(girl.id());
        assertThat(victim.victimProperty().get().guardianMissing()).isTrue();
        victim.startGuardian();
        victim.guardianRelationProperty().set("Aunt");
        victim.save();
        assertThat(victim.errors()).containsEntry("guardianName", "required");
        victim.guardianNameProperty().set("Marta");
        victim.save();
        assertThat(victim.victimProperty().get().guardianMissing()).isFalse();
        victim.startFollowUp();
        victim.followUpProperty().set(TestServices.TODAY.plusDays(3));
        victim.followUpNoteProperty().set("visit the shelter");
        victim.save();
        assertThat(victim.victimProperty().get().followUpNote()).isEqualTo("visit the shelter");
        victim.startFollowUp();
        assertThat(victim.followUpProperty().get()).isEqualTo(TestServices.TODAY.plusDays(3));
    }
}
