package org.vigia.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseStatus;
import org.vigia.model.FileIntegrity;
import org.vigia.model.Gender;
import org.vigia.model.OffenceType;
import org.vigia.model.Person;
import org.vigia.model.Seizure;
import org.vigia.model.SeizureType;
import org.vigia.ui.UiFixtures;
import org.vigia.ui.common.SameThreadTaskRunner;

class SeizuresViewModelTest {
    private final AppServices services = UiFixtures.services();
    private final CaseFile kase = UiFixtures.newCase(services, "Cash couriers", "Cúcuta", CaseStatus.Active,
            OffenceType.MigrantSmuggling);
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        services.close();
    }

    private SeizuresViewModel vm(Locale locale) {
        SeizuresViewModel vm = new SeizuresViewModel(services.seizures(), services.persons(), new SameThreadTaskRunner(),
                new Messages(locale), UiFixtures.CLOCK, kase.id(), "CO");
        vm.load();
        return vm;
    }

    private static void fill(SeizuresViewModel vm, SeizureType type, String quantity, String amount, String currency) {
        vm.form().typeProperty().set(type);
        vm.form().quantityProperty().set(quantity);
        vm.form().amountProperty().set(amount);
        vm.form().currencyProperty().set(currency);
    }

    @Test
    void aNewSeizureStartsTodayInTheCasesCountryAndIsListedOnceSaved() {
        SeizuresViewModel vm = vm(Locale.ENGLISH);
        assertThat(vm.form().seizedOnProperty().get()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(vm.form().countryProperty().get()).isEqualTo("CO");
        fill(vm, SeizureType.Cash, "", "2,700.50", "USD");
        vm.save();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Seizure saved.");
        assertThat(vm.seizures()).hasSize(1);
        Seizure s = vm.seizures().get(0);
        assertThat(s.amount()).isEqualByComparingTo("2700.50");
        assertThat(vm.selectedProperty().get()).isEqualTo(s);
        SeizureText text = new SeizureText(new Messages(Locale.ENGLISH));
        assertThat(text.type(s)).isEqualTo("Cash");
        assertThat(text.quantity(s)).isEqualTo("USD 2,700.50");
        assertThat(text.place(s)).isEqualTo("Colombia");
        assertThat(text.files(s, vm.evidence().integrity())).isEqualTo("none");
        assertThat(services.seizures().list(kase.id())).containsExactly(s);
    }

    @Test
    void amountsAreReadInTheUsersLocale() {
        SeizuresViewModel vm = vm(Locale.forLanguageTag("es"));
        fill(vm, SeizureType.Cash, "", "2.700,50", "EUR");
        vm.save();
        assertThat(vm.errors()).isEmpty();
        assertThat(services.seizures().list(kase.id()).get(0).amount()).isEqualByComparingTo(new BigDecimal("2700.50"));
        assertThat(vm.form().amountProperty().get()).isEqualTo("2.700,50");
    }

    @Test
    void unreadableNumbersStayOnTheirFieldsAndNothingIsSaved() {
        SeizuresViewModel vm = vm(Locale.ENGLISH);
        fill(vm, SeizureType.Phone, "three", "12abc", "USD");
        vm.save();
        assertThat(vm.errors()).containsOnlyKeys("quantity", "amount");
        assertThat(vm.errors().get("quantity")).isEqualTo("must be a whole number");
        assertThat(vm.errors().get("amount")).isEqualTo("not an amount (example: 2,700.5)");
        assertThat(services.seizures().list(kase.id())).isEmpty();
    }

    @Test
    void theServicesRefusalsShowOnTheirFields() {
        SeizuresViewModel vm = vm(Locale.ENGLISH);
        fill(vm, null, "-2", "", "");
        vm.form().seizedOnProperty().set(LocalDate.of(2026, 11, 26));
        vm.save();
        assertThat(vm.errors()).containsEntry("seizureType", "required")
                .containsEntry("quantity", "cannot be negative").containsEntry("seizedOn", "cannot be in the future");
        assertThat(vm.messageProperty().get()).contains("Seized on: cannot be in the future");
        assertThat(services.seizures().list(kase.id())).isEmpty();
    }

    @Test
    void theSeizedFromPersonIsFoundByNameAndShownAgainAfterReload() {
        Person p = services.persons().create(new Person(null, 0, "Luis", "Peña", List.of(), Gender.Masculine, null,
                false, null, null, List.of(), List.of(), List.of(), null, null));
        SeizuresViewModel vm = vm(Locale.ENGLISH);
        vm.personSearchProperty().set("pen");
        vm.findPersons();
        assertThat(vm.personChoices()).extracting(Person::id).containsExactly(p.id());
        fill(vm, SeizureType.TravelDocument, "2", "", "");
        vm.form().seizedFromProperty().set(vm.personChoices().get(0));
        vm.save();
        assertThat(services.seizures().list(kase.id()).get(0).seizedFromPersonId()).isEqualTo(p.id());

        SeizuresViewModel again = vm(Locale.ENGLISH);
        again.select(again.seizures().get(0));
        assertThat(again.form().seizedFromProperty().get().fullName()).isEqualTo("Luis Peña");
    }

    @Test
    void transfersAreAddedToTheCustodyLogAndBadOnesAreRefusedOnTheirField() {
        SeizuresViewModel vm = vm(Locale.ENGLISH);
        fill(vm, SeizureType.Computer, "1", "", "");
        vm.form().seizedOnProperty().set(LocalDate.of(2026, 11, 20));
        vm.save();
        vm.holderProperty().set("Sgt. Rojas");
        vm.transferredOnProperty().set(LocalDate.of(2026, 11, 21));
        vm.purposeProperty().set("forensic copy");
        vm.addTransfer();
        assertThat(vm.custody()).extracting(c -> c.holder() + "/" + c.purpose()).containsExactly("Sgt. Rojas/forensic copy");
        assertThat(new SeizureText(new Messages(Locale.ENGLISH)).transfer(vm.custody().get(0)))
                .isEqualTo("1. Nov 21, 2026 \u2013 Sgt. Rojas (forensic copy)");
        assertThat(vm.holderProperty().get()).isEmpty();

        vm.transferredOnProperty().set(LocalDate.of(2026, 11, 19));
        vm.addTransfer();
        assertThat(vm.errors()).containsOnlyKeys("holder", "transferredOn");
        assertThat(vm.errors().get("transferredOn")).isEqualTo("cannot be before the seizure (Nov 20, 2026)");
        assertThat(services.seizures().list(kase.id()).get(0).custody()).hasSize(1);
    }

    @Test
    void anAttachedFileMatchesAndASavedCopyIsIdentical() throws Exception {
        SeizuresViewModel vm = vm(Locale.ENGLISH);
        fill(vm, SeizureType.Phone, "1", "", "");
        vm.save();
        Path source = Files.writeString(dir.resolve("chat export.txt"), "messages about the crossing");
        vm.evidence().attach(source);
        assertThat(vm.evidence().files()).hasSize(1);
        assertThat(vm.evidence().stateOf(vm.evidence().files().get(0))).isEqualTo(FileIntegrity.MATCHES);
        assertThat(vm.messageProperty().get()).isEqualTo("File attached; its SHA-256 is recorded.");
        SeizureText text = new SeizureText(new Messages(Locale.ENGLISH));
        assertThat(text.file(vm.evidence().files().get(0), vm.evidence().stateOf(vm.evidence().files().get(0))))
                .isEqualTo("chat export.txt \u2013 27 bytes \u2013 Matches");
        assertThat(text.files(vm.seizures().get(0), vm.evidence().integrity())).isEqualTo("1 file: Matches");

        Path copy = dir.resolve("copy.txt");
        vm.evidence().saveCopy(vm.evidence().files().get(0), copy);
        assertThat(Files.readString(copy)).isEqualTo("messages about the crossing");
        assertThat(vm.messageProperty().get()).isEqualTo("Copy saved as copy.txt; it matches the recorded SHA-256.");

        SeizuresViewModel reopened = vm(Locale.ENGLISH);
        assertThat(reopened.evidence().integrity()).containsValue(FileIntegrity.MATCHES);

        vm.evidence().remove(vm.evidence().files().get(0));
        assertThat(vm.evidence().files()).isEmpty();
        assertThat(services.seizures().list(kase.id()).get(0).files()).isEmpty();
    }

    @Test
    void anEmptyFileIsRefusedWithAClearMessage() throws Exception {
        SeizuresViewModel vm = vm(Locale.ENGLISH);
        fill(vm, SeizureType.Phone, "1", "", "");
        vm.save();
        vm.evidence().attach(Files.write(dir.resolve("empty.bin"), new byte[0]));
        assertThat(vm.messageProperty().get()).isEqualTo("The file is empty: nothing was attached.");
        assertThat(vm.evidence().files()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aRemovedSeizureLeavesTheListAndTheFormStartsANewOne() {
        SeizuresViewModel vm = vm(Locale.ENGLISH);
        fill(vm, SeizureType.Vehicle, "1", "", "");
        vm.save();
        vm.remove();
        assertThat(vm.seizures()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.form().typeProperty().get()).isNull();
        assertThat(services.seizures().list(kase.id())).isEmpty();
    }
}
