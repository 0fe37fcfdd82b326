package org.vigia.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.SameThreadTaskRunner;

class CaseEditorViewModelTest {
    private AppServices services;
    private CaseEditorViewModel vm;
    private final AtomicReference<CaseFile> saved = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        services = UiFixtures.services();
        vm = editor();
    }

    private CaseEditorViewModel editor() {
        return new CaseEditorViewModel(services.cases(), services.operations(), new SameThreadTaskRunner(),
                new Messages(Locale.ENGLISH), UiFixtures.CLOCK);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void fillValid(CaseEditorViewModel e) {
        e.titleProperty().set("Trata en Cúcuta");
        e.offenceProperty(OffenceType.HumanTrafficking).set(true);
    }

    @Test
    void newCaseStartsCleanWithOfficeDefaults() {
        vm.startNew(UiFixtures.site(services));
        assertThat(vm.numberProperty().get()).isEmpty();
        assertThat(vm.numberPromptProperty().get()).isEqualTo("CO-BOG-2026-00001 (next free number)");
        assertThat(vm.countryProperty().get()).isEqualTo("CO");
        assertThat(vm.leadProperty().get()).isEqualTo("Ana Morales");
        assertThat(vm.openedOnProperty().get()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(vm.statusProperty().get()).isEqualTo(CaseStatus.Active);
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.titleProperty().set("x");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.revert();
        assertThat(vm.titleProperty().get()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void savesANewCaseAndBecomesClean() {
        vm.startNew(UiFixtures.site(services));
        fillValid(vm);
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save(saved::set);
        assertThat(saved.get()).isNotNull();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.headingProperty().get()).isEqualTo("CO-BOG-2026-00001");
        assertThat(services.cases().get(saved.get().id()).title()).isEqualTo("Trata en Cúcuta");
        assertThat(vm.messageProperty().get()).isEqualTo("Saved.");
        assertThat(vm.changedByProperty().get()).isEqualTo("Last changed on Nov 25, 2026, 12:00 PM by ana");
    }

    @Test
    void refusedInputShowsFieldErrorsAndWritesNothing() {
        vm.startNew(UiFixtures.site(services));
        vm.titleProperty().set("   ");
        vm.openedOnProperty().set(LocalDate.of(2027, 1, 1));
        long auditBefore = services.audit().count();
        vm.save(saved::set);
        assertThat(saved.get()).isNull();
        assertThat(vm.errors()).containsEntry("title", "required")
                .containsEntry("offences", "choose at least one")
                .containsEntry("openedOn", "cannot be in the future");
        assertThat(vm.messageProperty().get()).contains("Title: required");
        assertThat(services.cases().count(CaseQuery.all())).isZero();
        assertThat(services.audit().count()).isEqualTo(auditBefore);
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void staleCopyIsRefusedAndTheOtherChangeKept() {
        CaseFile c = UiFixtures.newCase(services, "Original", "Lethem", CaseStatus.Active, OffenceType.Other);
        vm.load(c.id());
        CaseEditorViewModel other = editor();
        other.load(c.id());
        other.titleProperty().set("Changed by a colleague");
        other.save(x -> { });
        vm.titleProperty().set("My change");
        vm.save(saved::set);
        assertThat(saved.get()).isNull();
        assertThat(vm.messageProperty().get()).contains("changed by someone else");
        assertThat(services.cases().get(c.id()).title()).isEqualTo("Changed by a colleague");
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void closesAndReopens() {
        CaseFile c = UiFixtures.newCase(services, "To close", "Lethem", CaseStatus.FollowUp, OffenceType.Other);
        vm.load(c.id());
        vm.close(CaseStatus.ClosedReferred, saved::set);
        assertThat(saved.get().status()).isEqualTo(CaseStatus.ClosedReferred);
        assertThat(vm.statusProperty().get()).isEqualTo(CaseStatus.ClosedReferred);
        assertThat(vm.messageProperty().get()).isEqualTo("Case " + c.number() + " closed.");
        vm.reopen(saved::set);
        assertThat(services.cases().get(c.id()).status()).isEqualTo(CaseStatus.Active);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void deletesAsTombstone() {
        CaseFile c = UiFixtures.newCase(services, "To delete", "Lethem", CaseStatus.Active, OffenceType.Other);
        vm.load(c.id());
        boolean[] done = {false};
        vm.delete(() -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(services.cases().count(CaseQuery.all())).isZero();
        assertThat(services.cases().numberTaken(c.number())).isTrue();
    }

    @Test
    void twoNewCasesOpenAtOnceBothGetANumber() {
        CaseEditorViewModel second = editor();
        vm.startNew(UiFixtures.site(services));
        second.startNew(UiFixtures.site(services));
        fillValid(vm);
        fillValid(second);
        AtomicReference<CaseFile> other = new AtomicReference<>();
        second.save(other::set);
        vm.save(saved::set);
        assertThat(other.get().number()).isEqualTo("CO-BOG-2026-00001");
        assertThat(saved.get().number()).isEqualTo("CO-BOG-2026-00002");
    }

    @Test
    void savingACaseDeletedMeanwhileSaysItIsGone() {
        CaseFile c = UiFixtures.newCase(services, "Soon deleted", "Lethem", CaseStatus.Active, OffenceType.Other);
        vm.load(c.id());
        services.cases().delete(c.id(), c.version());
        vm.titleProperty().set("Edited");
        vm.save(saved::set);
        assertThat(saved.get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("This case no longer exists (it may have been deleted).");
    }

    @Test
    void nothingIsSavedBeforeTheCaseHasLoaded() {
        vm.titleProperty().set("Typed too early");
        vm.save(saved::set);
        assertThat(saved.get()).isNull();
        assertThat(services.cases().count(CaseQuery.all())).isZero();
    }
}
