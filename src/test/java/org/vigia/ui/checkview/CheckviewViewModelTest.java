package org.vigia.ui.checkview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseRole;
import org.vigia.model.CheckCaseResult;
import org.vigia.model.CheckLine;
import org.vigia.model.HitFollowUp;
import org.vigia.model.HitLine;
import org.vigia.model.PointFigures;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.SameThreadTaskRunner;

/** The area's ViewModels without the toolkit, on a real database. */
class CheckviewViewModelTest {
    private final AppServices s = UiFixtures.services();
    private final CheckviewData data = new CheckviewData(s);
    private final Messages m = new Messages(Locale.ENGLISH);
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();

    @AfterEach
    void close() {
        s.close();
    }

    /** The rows of a paged list, its first page asked for (a same-thread runner answers at once). */
    static <T> java.util.List<T> loaded(org.vigia.ui.common.PagedList<T> rows) {
        if (!rows.isEmpty()) {
            rows.get(0);
        }
        return new java.util.ArrayList<>(rows);
    }

    private CheckpointsViewModel figures() {
        return new CheckpointsViewModel(s.checkpointFigures(), s.operations(), runner, m, UiFixtures.CLOCK);
    }

    @Test
    void showsTheLastThirtyDaysThenThePointsControlsAndTotals() {
        CheckpointsViewModel vm = figures();
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.of(2026, 11, 25));
        vm.open();
        assertThat(vm.operationChoices()).hasSize(1);
        assertThat(vm.points()).extracting(PointFigures::name).containsExactly("El Dorado", "Puerto Leguízamo pier");
        assertThat(vm.totalsTextProperty().get()).startsWith("2 transit points with controls \u00b7 2 controls \u00b7 persons checked: 3 counted + 850 tallied");
        assertThat(vm.controls()).isEmpty();
        vm.selectedPointProperty().set(vm.points().get(1));
        assertThat(vm.controls()).hasSize(1);
        assertThat(vm.controls().get(0).counts().irregularMigrants()).isEqualTo(2);
        vm.toProperty().set(LocalDate.of(2026, 11, 21));
        vm.refresh();
        assertThat(vm.points()).extracting(PointFigures::name).containsExactly("Puerto Leguízamo pier");
        assertThat(vm.selectedPointProperty().get()).as("still selected after the refresh").isNotNull();
        vm.fromProperty().set(LocalDate.of(2026, 11, 22));
        vm.refresh();
        assertThat(vm.errorProperty().get()).isEqualTo("To: must not be before the start of the range");
        assertThat(vm.points()).as("the last answer stays").hasSize(1);
    }

    @Test
    void pagesTheChecksOfAControl() {
        CheckpointsViewModel fig = figures();
        fig.open();
        fig.selectedPointProperty().set(fig.points().get(1));
        ControlChecksViewModel vm = new ControlChecksViewModel(s.checkpointFigures(), runner, m);
        vm.open(fig.controls().get(0));
        assertThat(vm.rows()).hasSize(3);
        assertThat(loaded(vm.rows()).get(0).name()).isEqualTo("María José Pérez Gil");
        assertThat(vm.titleProperty().get()).isEqualTo("Checks of the RIO-1 control: 3");
        assertThat(vm.canOpenCase(loaded(vm.rows()).get(0))).isTrue();
        vm.open(null);
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void opensACaseFromACheckThenRefusesTheSecondTime() {
        CheckToCaseViewModel vm = new CheckToCaseViewModel(s.checkToCase(), s.cases(), runner, m);
        vm.load(data.migrantCheck);
        assertThat(vm.roleProperty().get()).as("from the action").isEqualTo(CaseRole.SMUGGLED_MIGRANT);
        assertThat(vm.caseTitleProperty().get()).isEqualTo("Check at Puerto Leguízamo pier, Nov 20, 2026");
        assertThat(vm.matches()).isEmpty();
        CheckCaseResult[] done = new CheckCaseResult[1];
        vm.open(r -> done[0] = r);
        assertThat(done[0]).isNotNull();
        assertThat(done[0].caseCreated()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Case " + done[0].caseNumber()
                + ": the person is linked and the check marked.");
        CheckLine line = s.checkpointFigures().checks(data.riverControl, 0, 10).get(0);
        assertThat(line.linked()).isTrue();
        String number = done[0].caseNumber();
        vm.load(data.migrantCheck);
        done[0] = null;
        vm.open(r -> done[0] = r);
        assertThat(done[0]).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("A case was already opened from this check (case " + number + "); nothing was changed.");
    }

    @Test
    void aMissingTitleOrAnUnknownCaseNumberShowsOnItsField() {
        CheckToCaseViewModel vm = new CheckToCaseViewModel(s.checkToCase(), s.cases(), runner, m);
        vm.load(data.migrantCheck);
        vm.caseTitleProperty().set("");
        vm.open(r -> { });
        assertThat(vm.errors()).containsEntry("newCaseTitle", "required");
        vm.existingCaseProperty().set(true);
        vm.caseNumberProperty().set("CO-BOG-2026-99999");
        vm.open(r -> { });
        assertThat(vm.errors()).containsEntry("number", "no case of this office has the number \"CO-BOG-2026-99999\"");
        assertThat(s.checkpointFigures().checks(data.riverControl, 0, 10).get(0).linked()).isFalse();
        var existing = UiFixtures.newCase(s, "River route", "Leticia", org.vigia.model.CaseStatus.Active,
                org.vigia.model.OffenceType.MigrantSmuggling);
        vm.caseNumberProperty().set(existing.number());
        CheckCaseResult[] done = new CheckCaseResult[1];
        vm.open(r -> done[0] = r);
        assertThat(done[0].caseId()).isEqualTo(existing.id());
    }

    @Test
    void filtersHitsAndSetsTheFollowUp() {
        HitsViewModel vm = new HitsViewModel(s.checkpointFigures(), runner, m);
        vm.refresh();
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.totalTextProperty().get()).isEqualTo("Hits: 2");
        vm.lateOnlyProperty().set(true);
        assertThat(loaded(vm.rows())).extracting(h -> h.hit().id()).containsExactly(data.lateHit);
        vm.selectedProperty().set(loaded(vm.rows()).get(0));
        vm.startFollowUp();
        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(vm.stateProperty().get()).isEqualTo(HitFollowUp.OPEN);
        vm.stateProperty().set(null);
        vm.saveFollowUp(h -> { });
        assertThat(vm.errors()).containsEntry("hitFollowUp", "required");
        vm.stateProperty().set(HitFollowUp.CONFIRMED);
        vm.noteProperty().set("Passport seized");
        HitLine[] saved = new HitLine[1];
        vm.saveFollowUp(h -> saved[0] = h);
        assertThat(saved[0].hit().followUp()).isEqualTo(HitFollowUp.CONFIRMED);
        assertThat(vm.editingProperty().get()).isFalse();
        vm.lateOnlyProperty().set(false);
        vm.followUpFilterProperty().set(HitFollowUp.OPEN);
        assertThat(loaded(vm.rows())).extracting(h -> h.hit().id()).containsExactly(data.openHit);
    }
}
