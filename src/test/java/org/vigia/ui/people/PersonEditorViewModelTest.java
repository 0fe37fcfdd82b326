package org.vigia.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.DocumentType;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Person;
import org.vigia.model.PersonMatch;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.testing.TestServices;
import org.vigia.ui.common.SameThreadTaskRunner;

/** The person form without the toolkit: saving, refusals on fields, matches as names are typed. */
class PersonEditorViewModelTest {
    private final TestServices t = TestServices.withOffice();
    private final Messages m = new Messages(Locale.ENGLISH);

    @AfterEach
    void close() {
        t.close();
    }

    private PersonEditorViewModel editor() {
        return new PersonEditorViewModel(t.app().persons(), t.app().merges(), new SameThreadTaskRunner(), m, TestServices.CLOCK);
    }

    @Test
    void savesANewPersonWithDocumentsAndBecomesClean() {
        PersonEditorViewModel vm = editor();
        vm.startNew();
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.familyNamesProperty().set("Ortiz Beltrán");
        vm.givenNamesProperty().set("Yuliana");
        vm.aliasesProperty().set("Yuli, La Flaca ;");
        vm.citizenships().add("VE");
        vm.addDocument(new IdentityDocument(null, DocumentType.Passport, "PA4471902", "VE", null));
        assertThat(vm.dirtyProperty().get()).isTrue();
        Person[] saved = new Person[1];
        vm.save(p -> saved[0] = p);
        assertThat(saved[0]).isNotNull();
        assertThat(vm.dirtyProperty().get()).isFalse();
        Person read = t.app().persons().get(saved[0].id());
        assertThat(read.aliases()).containsExactly("Yuli", "La Flaca");
        assertThat(read.documents()).extracting(IdentityDocument::number).containsExactly("PA4471902");
        assertThat(vm.headingProperty().get()).isEqualTo("Yuliana Ortiz Beltrán");
    }

    @Test
    void anAgeThatIsNotANumberOrABirthDateInTheFutureIsRefusedOnItsFieldAndNothingIsSaved() {
        PersonEditorViewModel vm = editor();
        vm.startNew();
        vm.familyNamesProperty().set("Peña");
        vm.ageYearsProperty().set("treinta");
        vm.save(p -> { });
        assertThat(vm.errors()).containsEntry("ageYears", "must be a whole number");
        vm.ageYearsProperty().set("");
        vm.birthDateProperty().set(TestServices.TODAY.plusDays(1));
        vm.save(p -> { });
        assertThat(vm.errors()).containsEntry("birthDate", "cannot be in the future");
        vm.birthDateProperty().set(null);
        vm.ageYearsProperty().set("121");
        vm.ageOnProperty().set(TestServices.TODAY);
        vm.save(p -> { });
        assertThat(vm.errors()).containsKey("ageYears");
        vm.familyNamesProperty().set("");
        vm.ageYearsProperty().set("");
        vm.ageOnProperty().set(null);
        vm.save(p -> { });
        assertThat(vm.errors()).containsEntry("familyNames", "required");
        vm.familyNamesProperty().set("x".repeat(121));
        vm.save(p -> { });
        assertThat(vm.errors()).containsKey("familyNames");
        assertThat(t.app().persons().count("")).isZero();
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void showsLikelyDuplicatesWithTheirReasonsAsThePersonIsTyped() {
        t.app().persons().create(PersonServiceTest.person("Yuliana", "Ortiz Beltrán", LocalDate.of(1999, 4, 2),
                List.of("VE"), PersonServiceTest.passport("PA4471902", "VE")));
        PersonEditorViewModel vm = editor();
        vm.startNew();
        vm.refreshMatches();
        assertThat(vm.matches()).isEmpty();
        vm.familyNamesProperty().set("Ortis");
        vm.givenNamesProperty().set("Juliana");
        vm.birthDateProperty().set(LocalDate.of(1999, 1, 1));
        vm.refreshMatches();
        assertThat(vm.matches()).singleElement().satisfies(match -> {
            assertThat(match.fullName()).isEqualTo("Yuliana Ortiz Beltrán");
            assertThat(match.reasons()).contains(PersonMatch.Reason.PHONETIC_NAME_AND_BIRTH_YEAR);
        });
        vm.familyNamesProperty().set("Quispe");
        vm.givenNamesProperty().set("Mario");
        vm.refreshMatches();
        assertThat(vm.matches()).isEmpty();
        vm.addDocument(new IdentityDocument(null, DocumentType.Passport, "pa-447 1902", "VE", null));
        vm.refreshMatches();
        assertThat(vm.matches()).singleElement().satisfies(match ->
                assertThat(match.reasons()).first().isEqualTo(PersonMatch.Reason.SAME_DOCUMENT));
    }

    @Test
    void aStaleCopyIsRefusedWithAClearMessageAndRevertRestoresTheSavedValues() {
        Person p = t.app().persons().create(PersonServiceTest.person("Luis", "Peña", null, List.of("CO")));
        PersonEditorViewModel vm = editor();
        vm.load(p.id());
        t.app().persons().update(new Person(p.id(), p.version(), "Luis Alberto", "Peña", List.of(), null, null,
                false, null, null, List.of("CO"), List.of(), List.of(), null, null));
        vm.notesProperty().set("seen at the border");
        vm.save(x -> { });
        assertThat(vm.messageProperty().get()).contains("changed");
        vm.revert();
        assertThat(vm.notesProperty().get()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void theListFindsSoundAlikeNamesAndFiltersByCitizenship() {
        t.app().persons().create(PersonServiceTest.person("Yuliana", "Ortiz Beltrán", null, List.of("VE")));
        t.app().persons().create(PersonServiceTest.person("Juliana", "Ortis", null, List.of("CO")));
        PersonListViewModel list = new PersonListViewModel(t.app().persons(), new SameThreadTaskRunner(), m);
        list.refresh();
        assertThat(list.totalTextProperty().get()).isEqualTo("2 persons");
        list.search("ortíz");
        assertThat(list.totalTextProperty().get()).isEqualTo("2 persons");
        list.citizenshipProperty().set("CO");
        assertThat(list.totalTextProperty().get()).isEqualTo("1 person");
        assertThat(list.rows().get(0)).isNull(); // asks its page
        assertThat(list.rows().get(0).givenNames()).isEqualTo("Juliana");
        list.search("nobody");
        assertThat(list.totalTextProperty().get()).isEqualTo("No persons");
    }
}
