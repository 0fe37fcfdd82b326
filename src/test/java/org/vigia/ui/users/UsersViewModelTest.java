package org.vigia.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.Account;
import org.vigia.model.Role;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.SameThreadTaskRunner;

/** The accounts area for administrators, on a real database and key file. */
class UsersViewModelTest {
    private AppServices services;
    private UsersViewModel vm;

    @BeforeEach
    void setUp() {
        services = UiFixtures.services();
        vm = new UsersViewModel(services.accounts(), new SameThreadTaskRunner(), new Messages(Locale.ENGLISH));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void typeNew(String user, String name, String pw, String again) {
        vm.startNew();
        vm.userNameProperty().set(user);
        vm.displayNameProperty().set(name);
        vm.passwordProperty().set(pw);
        vm.passwordAgainProperty().set(again);
    }

    @Test
    void listsTheAccountsAndTheIdleMinutes() {
        assertThat(vm.items()).extracting(Account::userName).containsExactly("ana");
        assertThat(vm.idleMinutesProperty().get()).isEqualTo("15");
    }

    @Test
    void addsAnInvestigatorWhoCanThenSignIn() {
        typeNew("luis", "Luis Peña", "Otro-Rio-Largo-2026", "Otro-Rio-Largo-2026");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Account added.");
        assertThat(vm.items()).extracting(Account::userName).containsExactly("ana", "luis");
        assertThat(vm.selectedProperty().get().roles()).containsExactly(Role.INVESTIGATOR);
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(services.accounts().signIn("luis", "Otro-Rio-Largo-2026".toCharArray()).displayName()).isEqualTo("Luis Peña");
    }

    @Test
    void badInputIsShownPerFieldAndAddsNothing() {
        typeNew("", "", "short", "short");
        vm.roleProperty(Role.INVESTIGATOR).set(false);
        vm.save();
        assertThat(vm.errors()).containsKeys("userName", "displayName", "roles", "password");
        assertThat(vm.errors().get("password")).isEqualTo("at least 12 characters");
        typeNew("luis", "Luis", "Otro-Rio-Largo-2026", "Otro-Rio-Largo-2027");
        vm.save();
        assertThat(vm.errors().get("passwordAgain")).isEqualTo("the two passwords are not the same");
        typeNew("ANA", "Another Ana", "Otro-Rio-Largo-2026", "Otro-Rio-Largo-2026");
        vm.save();
        assertThat(vm.errors().get("userName")).startsWith("this user name is already used");
        assertThat(vm.items()).hasSize(1);
    }

    @Test
    void changesRolesResetsAPasswordAndRemovesAnAccount() {
        typeNew("luis", "Luis Peña", "Otro-Rio-Largo-2026", "Otro-Rio-Largo-2026");
        vm.save();
        vm.roleProperty(Role.SUPERVISOR).set(true);
        vm.save();
        assertThat(vm.selectedProperty().get().roles()).containsExactlyInAnyOrder(Role.INVESTIGATOR, Role.SUPERVISOR);

        vm.passwordProperty().set("Nuevo-Camino-Verde-7");
        vm.passwordAgainProperty().set("Nuevo-Camino-Verde-7");
        vm.resetPassword();
        assertThat(vm.messageProperty().get()).isEqualTo("Password set; any lockout is lifted.");

        vm.remove();
        assertThat(vm.items()).extracting(Account::userName).containsExactly("ana");
    }

    @Test
    void theLastAdministratorCannotLoseTheRoleOrRemoveThemself() {
        vm.selectedProperty().set(vm.items().get(0));
        vm.roleProperty(Role.ADMINISTRATOR).set(false);
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("The office must keep at least one administrator.");
        vm.remove();
        assertThat(vm.messageProperty().get()).isEqualTo("You cannot remove your own account.");
        assertThat(vm.items()).hasSize(1);
    }

    @Test
    void idleMinutesMustBeAWholeNumberInRange() {
        vm.idleMinutesProperty().set("ten");
        vm.saveIdleMinutes();
        assertThat(vm.errors().get("idleMinutes")).isEqualTo("must be a whole number");
        vm.idleMinutesProperty().set("500");
        vm.saveIdleMinutes();
        assertThat(vm.errors().get("idleMinutes")).isEqualTo("must be between 1 and 240");
        vm.idleMinutesProperty().set(" 5 ");
        vm.saveIdleMinutes();
        assertThat(services.accounts().idleLockMinutes()).isEqualTo(5);
    }

    @Test
    void typingInTheFormCountsAsUnsavedWorkUntilSaved() {
        assertThat(vm.hasUnsavedChanges()).isFalse();
        typeNew("luis", "Luis Peña", "Otro-Rio-Largo-2026", "Otro-Rio-Largo-2026");
        assertThat(vm.hasUnsavedChanges()).isTrue();
        vm.save();
        assertThat(vm.hasUnsavedChanges()).isFalse();
        vm.displayNameProperty().set("Luis P.");
        assertThat(vm.hasUnsavedChanges()).isTrue();
    }

    @Test
    void changingOnesOwnRolesAsksForTheWindowToBeRebuilt() {
        java.util.concurrent.atomic.AtomicInteger rebuilt = new java.util.concurrent.atomic.AtomicInteger();
        vm.setOnOwnRolesChanged(rebuilt::incrementAndGet);
        typeNew("luis", "Luis Peña", "Otro-Rio-Largo-2026", "Otro-Rio-Largo-2026");
        vm.roleProperty(Role.ADMINISTRATOR).set(true);
        vm.save();
        vm.selectedProperty().set(vm.items().get(0)); // ana, signed in
        vm.displayNameProperty().set("Ana María Morales");
        vm.save();
        assertThat(rebuilt.get()).as("a name change keeps the window").isZero();
        vm.roleProperty(Role.ADMINISTRATOR).set(false);
        vm.save();
        assertThat(rebuilt.get()).isEqualTo(1);
        assertThat(services.context().account().orElseThrow().roles()).containsExactly(Role.SUPERVISOR);
    }
}
