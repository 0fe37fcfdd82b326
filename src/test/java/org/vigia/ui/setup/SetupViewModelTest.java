package org.vigia.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigia.app.AppServices;
import org.vigia.db.Database;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseQuery;
import org.vigia.model.Site;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.SameThreadTaskRunner;

class SetupViewModelTest {
    private AppServices services;
    private SetupViewModel vm;
    private final AtomicReference<Site> done = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        services = new AppServices(Database.inMemory("setup-" + UUID.randomUUID()), UiFixtures.CLOCK);
        vm = new SetupViewModel(services.sites(), services.demo(), new SameThreadTaskRunner(), new Messages(Locale.ENGLISH));
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void choosingACountryProposesTheOfficeCodePrefix() {
        vm.countryProperty().set("PE");
        assertThat(vm.officeCodeProperty().get()).isEqualTo("PE-");
        vm.countryProperty().set("CO");
        assertThat(vm.officeCodeProperty().get()).isEqualTo("CO-");
        vm.officeCodeProperty().set("CO-BOG");
        vm.countryProperty().set("PE");
        assertThat(vm.officeCodeProperty().get()).isEqualTo("CO-BOG");
    }

    @Test
    void badInputIsShownPerFieldAndNothingIsSetUp() {
        vm.nameProperty().set("");
        vm.countryProperty().set("CO");
        vm.officeCodeProperty().set("CO-");
        vm.operatorProperty().set("x".repeat(101));
        vm.create(done::set);
        assertThat(done.get()).isNull();
        assertThat(vm.errors()).containsKeys("officeName", "officeCode", "operator");
        assertThat(vm.errors().get("operator")).isEqualTo("at most 100 characters");
        assertThat(services.sites().loadLocal()).isEmpty();
    }

    @Test
    void setsUpTheOffice() {
        vm.nameProperty().set("Oficina Lima");
        vm.countryProperty().set("PE");
        vm.officeCodeProperty().set("pe-lim");
        vm.operatorProperty().set("Rosa Quispe");
        vm.create(done::set);
        assertThat(done.get().officeCode()).isEqualTo("PE-LIM");
        assertThat(services.context().isSetUp()).isTrue();
    }

    @Test
    void demoOfficeComesWithDemoData() {
        vm.createDemo(done::set);
        assertThat(done.get().officeCode()).isEqualTo("CO-BOG");
        assertThat(services.cases().count(CaseQuery.all())).isEqualTo(300);
        assertThat(vm.messageProperty().get()).isEqualTo("Loading demo data: 300 of 300");
    }
}
