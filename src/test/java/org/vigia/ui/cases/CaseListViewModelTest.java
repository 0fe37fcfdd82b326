package org.vigia.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseSort;
import org.vigia.model.CaseStatus;
import org.vigia.model.CaseSummary;
import org.vigia.model.OffenceType;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.PagedList;
import org.vigia.ui.common.SameThreadTaskRunner;

class CaseListViewModelTest {
    private AppServices services;
    private CaseListViewModel vm;

    @BeforeEach
    void setUp() {
        services = UiFixtures.services();
        vm = new CaseListViewModel(services.cases(), services.operations(), new SameThreadTaskRunner(),
                new Messages(Locale.ENGLISH));
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private CaseSummary row(int i) {
        vm.rows().get(i); // first read asks for the page
        return vm.rows().get(i);
    }

    @Test
    void showsTotalAndLoadsOnlyThePagesLookedAt() {
        for (int i = 0; i < 250; i++) {
            UiFixtures.newCase(services, "Case " + i, "Cúcuta", CaseStatus.Active, OffenceType.MigrantSmuggling);
        }
        vm.refresh();
        assertThat(vm.totalProperty().get()).isEqualTo(250);
        assertThat(vm.totalTextProperty().get()).isEqualTo("250 cases");
        assertThat(vm.rows()).hasSize(250);
        assertThat(vm.rows().loadedPages()).isZero();
        assertThat(row(0).number()).isEqualTo("CO-BOG-2026-00001");
        assertThat(row(249).number()).isEqualTo("CO-BOG-2026-00250");
        assertThat(vm.rows().loadedPages()).isEqualTo(2);
        assertThat(PagedList.PAGE_SIZE).isEqualTo(100);
    }

    @Test
    void filtersAndSearchRunInTheDatabase() {
        UiFixtures.newCase(services, "Trata en Cúcuta", "Cúcuta", CaseStatus.Active, OffenceType.HumanTrafficking);
        UiFixtures.newCase(services, "Smuggling by river", "Lethem", CaseStatus.Closed, OffenceType.MigrantSmuggling);
        UiFixtures.newCase(services, "Forged passports", "Bogotá", CaseStatus.Active, OffenceType.DocumentFraud);
        vm.search("CUCUTA");
        assertThat(vm.totalProperty().get()).isEqualTo(1);
        assertThat(row(0).title()).isEqualTo("Trata en Cúcuta");
        vm.search("");
        vm.statusProperty().set(CaseStatus.Active);
        assertThat(vm.totalProperty().get()).isEqualTo(2);
        vm.offenceProperty().set(OffenceType.DocumentFraud);
        assertThat(vm.totalProperty().get()).isEqualTo(1);
        assertThat(row(0).title()).isEqualTo("Forged passports");
        vm.offenceProperty().set(null);
        vm.statusProperty().set(null);
        assertThat(vm.totalTextProperty().get()).isEqualTo("3 cases");
    }

    @Test
    void sortsByTheChosenColumn() {
        UiFixtures.newCase(services, "A", "x", CaseStatus.FollowUp, OffenceType.Other);
        UiFixtures.newCase(services, "B", "x", CaseStatus.Active, OffenceType.Other);
        vm.refresh();
        assertThat(row(0).title()).isEqualTo("A");
        vm.sortBy(CaseSort.NUMBER, false);
        assertThat(row(0).title()).isEqualTo("B");
        vm.sortBy(CaseSort.STATUS, true);
        assertThat(row(0).status()).isEqualTo(CaseStatus.Active);
    }

    @Test
    void offersOperationsAsFilter() {
        var op = UiFixtures.operation(services, "TURQUESA-IV");
        vm.loadOperations();
        assertThat(vm.operationChoices()).extracting(o -> o.code()).containsExactly("TURQUESA-IV");
        UiFixtures.newCase(services, "Outside", "x", CaseStatus.Active, OffenceType.Other);
        vm.operationProperty().set(op);
        assertThat(vm.totalProperty().get()).isZero();
        assertThat(vm.totalTextProperty().get()).isEqualTo("No cases");
    }
}
