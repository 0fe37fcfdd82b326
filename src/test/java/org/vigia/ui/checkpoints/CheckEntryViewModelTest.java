package org.vigia.ui.checkpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckDirection;
import org.vigia.model.CheckResult;
import org.vigia.model.DocumentType;
import org.vigia.testing.DbSnapshot;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.SameThreadTaskRunner;

class CheckEntryViewModelTest {
    private final CheckpointUiFixture f = new CheckpointUiFixture();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CheckEntryViewModel vm = new CheckEntryViewModel(f.summary(), f.checks, f.services.tallies(),
            new SameThreadTaskRunner(), new Messages(Locale.ENGLISH), dialogs, UiFixtures.CLOCK);

    @AfterEach
    void close() {
        f.services.close();
    }

    @Test
    void savingClearsForTheNextCheckAndCarriesOverCountryDirectionAndConveyance() {
        vm.load();
        var form = vm.form();
        assertThat(form.checkedAt.get()).isEqualTo("2026-11-25 12:00");
        form.familyNames.set("Pérez");
        form.nationality.set("pe");
        form.docNumber.set("zx-1");
        form.docCountry.set("pe");
        form.direction.set(CheckDirection.EXIT);
        form.conveyance.set(CheckConveyance.VESSEL);
        form.conveyanceRef.set("Lancha Amazonas II");
        form.vesselImo.set("9074729");
        vm.save();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Check saved: 1 check in this control.");
        assertThat(vm.checkCountProperty().get()).isEqualTo(1);
        assertThat(form.familyNames.get()).isEmpty();
        assertThat(form.docNumber.get()).isEmpty();
        assertThat(form.nationality.get()).isEqualTo("pe");
        assertThat(form.docCountry.get()).isEqualTo("pe");
        assertThat(form.docType.get()).isEqualTo(DocumentType.Passport);
        assertThat(form.direction.get()).isEqualTo(CheckDirection.EXIT);
        assertThat(form.conveyance.get()).isEqualTo(CheckConveyance.VESSEL);
        assertThat(form.conveyanceRef.get()).isEqualTo("Lancha Amazonas II");
        var saved = f.checks.list(f.control.id(), 0, 5).get(0);
        assertThat(saved.docCountry()).isEqualTo("PE");
        assertThat(saved.vesselImo()).isEqualTo("9074729");
        assertThat(vm.watchStateProperty().get()).isEqualTo(CheckEntryViewModel.WatchState.CLEAR);
        assertThat(vm.watchTextProperty().get()).isEqualTo("No hit in 2 lists");
    }

    @Test
    void aPreviewShowsAHitWithTheListAndEntryAndASavedHitIsPending() {
        vm.form().familyNames.set("Rojas Mendoza");
        vm.form().birthDate.set("1980-02-10");
        vm.preview();
        assertThat(vm.watchStateProperty().get()).isEqualTo(CheckEntryViewModel.WatchState.HIT);
        assertThat(vm.watchTextProperty().get()).contains("Wanted persons").contains("version 2026.3")
                .contains("ROJAS MENDOZA, Carlos").contains("A-1234/2025");
        vm.save();
        assertThat(f.checks.list(f.control.id(), 0, 1).get(0).result()).isEqualTo(CheckResult.HIT_PENDING);
        assertThat(vm.watchStateProperty().get()).isEqualTo(CheckEntryViewModel.WatchState.HIT);
        vm.clear();
        assertThat(vm.watchStateProperty().get()).isEqualTo(CheckEntryViewModel.WatchState.IDLE);
    }

    @Test
    void refusedInputShowsLocalizedInlineErrorsAndSavesNothing() {
        DbSnapshot before = DbSnapshot.of(f.services.context().dsl());
        vm.save();
        assertThat(vm.errors()).containsEntry("familyNames", "give a person's name or a document number (or both)");
        vm.form().familyNames.set("Ortiz");
        vm.form().checkedAt.set("2026-11-25 19:30");
        vm.save();
        assertThat(vm.errors().get("checkedAt")).startsWith("outside the control's shift");
        vm.form().checkedAt.set("tomorrow");
        vm.save();
        assertThat(vm.errors()).containsEntry("checkedAt", "not a valid date and time (example: 2026-03-15 06:00)");
        vm.form().checkedAt.set("2026-11-25 10:00");
        vm.form().birthDate.set("soon");
        vm.save();
        assertThat(vm.errors()).containsKey("birthDate");
        assertThat(DbSnapshot.of(f.services.context().dsl())).isEqualTo(before);
        assertThat(vm.form().familyNames.get()).as("the form keeps what was typed").isEqualTo("Ortiz");
    }

    @Test
    void talliesAreAddedApartFromChecksWithTheirErrorsInline() {
        vm.load();
        vm.tallyPersonsProperty().set("850");
        vm.tallyHitsProperty().set("x");
        boolean[] added = {false};
        vm.addTally(() -> added[0] = true);
        assertThat(vm.tallyErrors()).containsEntry("hits", "must be a whole number");
        vm.tallyHitsProperty().set("900");
        vm.addTally(() -> added[0] = true);
        assertThat(vm.tallyErrors()).containsEntry("hits", "cannot be more than the persons and documents counted");
        vm.tallyHitsProperty().set("0");
        vm.addTally(() -> added[0] = true);
        assertThat(added[0]).isTrue();
        assertThat(vm.tallyRows()).hasSize(1);
        assertThat(vm.text().tallyText(vm.tallyRows().get(0))).isEqualTo("850 persons screened, 0 documents checked, 0 hits");
        assertThat(vm.checkCountProperty().get()).isZero();
        assertThat(f.checks.count(f.control.id())).isZero();
    }

    @Test
    void theControlsOfAPointAreListedAndANewShiftEndingBeforeItStartsIsRefused() {
        ControlsViewModel controls = new ControlsViewModel(f.services.controls(), f.services.operations(),
                new SameThreadTaskRunner(), new Messages(Locale.forLanguageTag("es")), dialogs, UiFixtures.CLOCK);
        controls.show(f.point);
        assertThat(controls.rows()).hasSize(1);
        assertThat(controls.operationProperty().get().code()).isEqualTo("RIO-1");
        controls.shiftStartProperty().set("2026-11-26 18:00");
        controls.shiftEndProperty().set("2026-11-26 06:00");
        controls.save(c -> { });
        assertThat(controls.errors()).containsEntry("shiftEnd", "el turno debe terminar después de empezar");
        controls.shiftEndProperty().set("2026-11-27 02:00");
        ControlCapture got = new ControlCapture();
        controls.save(got::set);
        assertThat(got.value).isNotNull();
        assertThat(controls.rows()).hasSize(2);
    }

    private static final class ControlCapture {
        org.vigia.model.ControlSummary value;

        void set(org.vigia.model.ControlSummary v) {
            value = v;
        }
    }
}
