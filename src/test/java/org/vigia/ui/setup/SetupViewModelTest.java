package org.vigia.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.app.Vault;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseQuery;
import org.vigia.model.Role;
import org.vigia.testing.TestServices;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.SameThreadTaskRunner;

class SetupViewModelTest {
    @TempDir
    Path folder;
    private Vault vault;
    private SetupViewModel vm;
    private final AtomicReference<Vault.Opened> done = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        vault = new Vault(folder, TestServices.TEST_KDF, UiFixtures.CLOCK);
        vm = new SetupViewModel(vault, false, new SameThreadTaskRunner(), new Messages(Locale.ENGLISH));
    }

    @AfterEach
    void tearDown() {
        if (done.get() != null) {
            done.get().services().close();
        }
    }

    private void admin(String user, String name, String pw, String again) {
        vm.userNameProperty().set(user);
        vm.displayNameProperty().set(name);
        vm.passwordProperty().set(pw);
        vm.passwordAgainProperty().set(again);
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
    void badInputIsShownPerFieldAndNothingIsCreated() throws Exception {
        vm.nameProperty().set("");
        vm.countryProperty().set("CO");
        vm.officeCodeProperty().set("CO-");
        admin("rosa", "x".repeat(101), "short", "short");
        vm.create(done::set);
        assertThat(done.get()).isNull();
        assertThat(vm.errors()).containsKeys("officeName", "officeCode", "displayName");
        assertThat(vm.errors().get("displayName")).isEqualTo("at most 100 characters");
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> !f.getFileName().toString().equals("settings.properties"))).isEmpty();
        }
    }

    @Test
    void passwordsThatDifferAreRefusedBeforeAnythingRuns() {
        vm.nameProperty().set("Oficina Lima");
        vm.countryProperty().set("PE");
        vm.officeCodeProperty().set("PE-LIM");
        admin("rosa", "Rosa Quispe", "Tinto-Mangrove-Ladder-42", "Tinto-Mangrove-Ladder-43");
        vm.create(done::set);
        assertThat(done.get()).isNull();
        assertThat(vm.errors().get("passwordAgain")).isEqualTo("the two passwords are not the same");
        assertThat(vault.state()).isEqualTo(Vault.State.EMPTY);
    }

    @Test
    void weakPasswordIsExplained() {
        vm.nameProperty().set("Oficina Lima");
        vm.countryProperty().set("PE");
        vm.officeCodeProperty().set("PE-LIM");
        admin("rosa", "Rosa Quispe", "password1234", "password1234");
        vm.create(done::set);
        assertThat(vm.errors().get("password")).isEqualTo("is on the list of common passwords; choose another");
        assertThat(vault.state()).isEqualTo(Vault.State.EMPTY);
    }

    @Test
    void setsUpTheEncryptedOfficeAndItsAdministrator() {
        vm.nameProperty().set("Oficina Lima");
        vm.countryProperty().set("PE");
        vm.officeCodeProperty().set("pe-lim");
        admin("rosa", "Rosa Quispe", TestServices.PASSWORD, TestServices.PASSWORD);
        vm.alsoSupervisorProperty().set(true);
        vm.create(done::set);
        assertThat(done.get().services().sites().loadLocal().orElseThrow().officeCode()).isEqualTo("PE-LIM");
        assertThat(done.get().services().context().account().orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.SUPERVISOR);
        assertThat(done.get().recoveryKey().display()).matches("([0-9A-F]{4}-){15}[0-9A-F]{4}");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vault.state()).isEqualTo(Vault.State.LOCKED);
    }

    @Test
    void demoOfficeComesWithDemoData() {
        admin("demo", "Demo Supervisor", TestServices.PASSWORD, TestServices.PASSWORD);
        vm.createDemo(done::set);
        assertThat(done.get().services().sites().loadLocal().orElseThrow().officeCode()).isEqualTo("CO-BOG");
        assertThat(done.get().services().cases().count(CaseQuery.all())).isEqualTo(300);
    }

    @Test
    void anEarlierUnencryptedFolderIsEncryptedWithItsDataWhenTheFirstAdministratorIsCreated() {
        try (org.vigia.db.Database plain = org.vigia.db.Database.open(folder)) {
            var s = new org.vigia.app.AppServices(plain, UiFixtures.CLOCK, org.vigia.service.access.Keyrings.none());
            s.sites().setUp("Oficina Lima", "PE", "PE-LIM", "Rosa Quispe");
            s.context().signIn(new org.vigia.model.Account(new java.util.UUID(0, 3), 0, "rosa", "Rosa Quispe",
                    java.util.EnumSet.of(Role.INVESTIGATOR), UiFixtures.CLOCK.instant(), "test"));
            s.cases().create(org.vigia.testing.CaseDraft.valid().title("Caso de antes").build());
        }
        assertThat(vault.state()).isEqualTo(Vault.State.UNENCRYPTED);
        SetupViewModel convert = new SetupViewModel(vault, true, new SameThreadTaskRunner(), new Messages(Locale.ENGLISH));
        assertThat(convert.isConversion()).isTrue();
        convert.userNameProperty().set("rosa");
        convert.displayNameProperty().set("Rosa Quispe");
        convert.passwordProperty().set(TestServices.PASSWORD);
        convert.passwordAgainProperty().set(TestServices.PASSWORD);
        convert.alsoSupervisorProperty().set(true);
        convert.create(done::set);
        assertThat(done.get()).isNotNull();
        assertThat(vault.state()).isEqualTo(Vault.State.LOCKED);
        assertThat(done.get().services().cases().count(CaseQuery.all())).isEqualTo(1);
        assertThat(done.get().services().sites().loadLocal().orElseThrow().officeCode()).isEqualTo("PE-LIM");
    }
}
