package org.vigia.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.SameThreadTaskRunner;

class OperationsViewModelTest {
    private AppServices services;
    private OperationsViewModel vm;

    @BeforeEach
    void setUp() {
        services = UiFixtures.services();
        vm = new OperationsViewModel(services.operations(), new SameThreadTaskRunner(), new Messages(Locale.ENGLISH));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void fill() {
        vm.codeProperty().set("TURQUESA-IV");
        vm.nameProperty().set("Turquesa IV");
        vm.startProperty().set(LocalDate.of(2022, 11, 28));
        vm.endProperty().set(LocalDate.of(2022, 12, 2));
    }

    @Test
    void createsAnOperationWithCountriesAndPartners() {
        vm.edit(null);
        fill();
        vm.addCountry("CO");
        vm.addCountry("PE");
        vm.addCountry("CO");
        vm.addPartner("IOM");
        vm.addPartner(" iom ");
        vm.addPartner("   ");
        vm.addPartner("UNODC");
        assertThat(vm.countries()).containsExactly("CO", "PE");
        assertThat(vm.partners()).containsExactly("IOM", "UNODC");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save();
        assertThat(vm.operations()).singleElement().satisfies(o -> {
            assertThat(o.code()).isEqualTo("TURQUESA-IV");
            assertThat(o.countries()).containsExactly("CO", "PE");
        });
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.headingProperty().get()).isEqualTo("Operation TURQUESA-IV");
    }

    @Test
    void endBeforeStartAndDuplicateCodeAreShownOnTheirFields() {
        vm.edit(null);
        fill();
        vm.save();
        vm.edit(null);
        fill();
        vm.codeProperty().set("turquesa-iv");
        vm.endProperty().set(LocalDate.of(2022, 11, 1));
        vm.save();
        assertThat(vm.errors()).containsEntry("endDate", "cannot be before the start date");
        vm.endProperty().set(LocalDate.of(2022, 12, 2));
        vm.save();
        assertThat(vm.errors()).containsEntry("code", "\"turquesa-iv\" is already used");
        assertThat(services.operations().list()).hasSize(1);
    }
}
