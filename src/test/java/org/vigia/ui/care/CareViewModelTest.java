package org.vigia.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.ConsentAnswer;
import org.vigia.model.ConsentKind;
import org.vigia.model.OrganizationType;
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceType;
import org.vigia.model.SupportPlanType;
import org.vigia.service.care.CareFixture;
import org.vigia.testing.TestServices;
import org.vigia.ui.common.SameThreadTaskRunner;

/** The three care ViewModels on a real database, with the same-thread runner. */
class CareViewModelTest {
    private final TestServices t = TestServices.withOffice();
    private final CareFixture f = new CareFixture(t);
    private final Messages en = new Messages(Locale.ENGLISH);
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void referralsAddMoveAndShowErrorsOnTheirFields() {
        ReferralsViewModel vm = new ReferralsViewModel(f.care.referrals(), en, runner, f.victimLink);
        vm.load();
        assertThat(vm.referrals()).isEmpty();
        assertThat(vm.referredOnProperty().get()).isEqualTo(TestServices.TODAY);

        vm.typeProperty().set(ServiceType.SHELTER);
        vm.providerProperty().set(" ");
        vm.referredOnProperty().set(LocalDate.of(2026, 3, 1));
        vm.save();
        assertThat(vm.errors()).containsEntry("provider", "refer to an organisation")
                .containsEntry("referredOn", "cannot be before the victim was identified (Mar 2, 2026)");
        assertThat(vm.referrals()).isEmpty();
        assertThat(f.care.referrals().list(f.victimLink)).isEmpty();

        vm.providerProperty().set("Fundación Renacer");
        vm.providerTypeProperty().set(OrganizationType.NGO);
        vm.referredOnProperty().set(LocalDate.of(2026, 3, 5));
        vm.save();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Referral recorded.");
        assertThat(vm.referrals()).hasSize(1);
        assertThat(vm.selectedProperty().get().status()).isEqualTo(ReferralStatus.REFERRED);
        assertThat(vm.canMove(ReferralStatus.ACCEPTED)).isTrue();
        assertThat(vm.canMove(ReferralStatus.DELIVERED)).isFalse();

        vm.statusOnProperty().set(LocalDate.of(2026, 3, 4));
        vm.changeStatus(ReferralStatus.ACCEPTED);
        assertThat(vm.errors()).containsEntry("statusOn", "cannot be before the referral date (Mar 5, 2026)");
        vm.statusOnProperty().set(LocalDate.of(2026, 3, 6));
        vm.changeStatus(ReferralStatus.ACCEPTED);
        assertThat(vm.referrals().get(0).status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(vm.referrals().get(0).acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(vm.canMove(ReferralStatus.DELIVERED)).isTrue();

        vm.remove();
        assertThat(vm.referrals()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(f.care.referrals().list(f.victimLink)).isEmpty();
    }

    @Test
    void aReferralAfterConsentWasWithdrawnIsRefusedWithTheReason() {
        ConsentViewModel consent = new ConsentViewModel(f.care.consent(), en, runner, f.victimLink);
        consent.load();
        consent.kindProperty().set(ConsentKind.SERVICES);
        consent.onProperty().set(LocalDate.of(2026, 3, 2));
        consent.record();
        assertThat(consent.currentProperty().get().services()).isEqualTo(ConsentAnswer.GIVEN);
        consent.withdraw(consent.history().get(0));
        assertThat(consent.currentProperty().get().services()).isEqualTo(ConsentAnswer.WITHDRAWN);
        assertThat(consent.messageProperty().get()).isEqualTo("Withdrawal of consent recorded.");

        ReferralsViewModel vm = new ReferralsViewModel(f.care.referrals(), en, runner, f.victimLink);
        vm.typeProperty().set(ServiceType.HEALTH);
        vm.providerProperty().set("Hospital");
        vm.save();
        assertThat(vm.messageProperty().get()).startsWith("The victim withdrew consent to services on Mar 15, 2026");
        assertThat(vm.referrals()).isEmpty();
    }

    @Test
    void consentNeedsAnOrganisationForSharingAndKeepsTheHistory() {
        ConsentViewModel vm = new ConsentViewModel(f.care.consent(), en, runner, f.victimLink);
        vm.load();
        vm.kindProperty().set(ConsentKind.SHARING);
        vm.record();
        assertThat(vm.errors()).containsEntry("organisation", "name the organisation the data may be shared with");
        assertThat(vm.history()).isEmpty();

        vm.organisationProperty().set("OIM Colombia");
        vm.takenByProperty().set("Lic. Paula Díaz");
        vm.record();
        assertThat(vm.history()).hasSize(1);
        assertThat(vm.currentProperty().get().allowsSharingWith("oim colombia")).isTrue();
        assertThat(vm.kindProperty().get()).isNull(); // the form is cleared for the next answer
        assertThat(vm.canWithdraw(vm.history().get(0))).isTrue();

        vm.kindProperty().set(ConsentKind.NON_IDENTIFIABLE_REPORTING);
        vm.givenProperty().set(false);
        vm.record();
        assertThat(vm.history()).hasSize(2);
        assertThat(vm.currentProperty().get().reporting()).isEqualTo(ConsentAnswer.WITHDRAWN);
        assertThat(vm.canWithdraw(vm.history().get(1))).isFalse();
    }

    @Test
    void thePlanAddsEditsShowsStatesAndRefusesBadDates() {
        SupportPlanViewModel vm = new SupportPlanViewModel(f.care.plan(), en, runner, f.victimLink);
        vm.load();
        vm.typeProperty().set(SupportPlanType.Legal);
        vm.objectivesProperty().set("Testify safely");
        vm.startOnProperty().set(LocalDate.of(2026, 3, 10));
        vm.plannedEndOnProperty().set(LocalDate.of(2026, 3, 9));
        vm.save();
        assertThat(vm.errors()).containsEntry("plannedEndOn", "cannot be before the start date");
        assertThat(vm.items()).isEmpty();

        vm.plannedEndOnProperty().set(LocalDate.of(2026, 3, 12));
        vm.save();
        assertThat(vm.items()).hasSize(1);
        assertThat(en.get(vm.stateKey(vm.items().get(0)))).isEqualTo("Past its planned end");

        vm.actualEndOnProperty().set(LocalDate.of(2026, 3, 14));
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Support plan item saved.");
        assertThat(vm.items()).hasSize(1);
        assertThat(en.get(vm.stateKey(vm.items().get(0)))).isEqualTo("Ended");
        assertThat(f.care.plan().list(f.victimLink).get(0).actualEndOn()).isEqualTo(LocalDate.of(2026, 3, 14));

        vm.remove();
        assertThat(vm.items()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Support plan item removed.");
    }
}
