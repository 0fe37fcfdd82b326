package org.vigia.service.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.ConflictException;
import org.vigia.model.DocumentType;
import org.vigia.model.Gender;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Person;
import org.vigia.model.PersonMatch;
import org.vigia.model.PersonMatch.Reason;
import org.vigia.model.ValidationException;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** Persons on a real H2 database: stored once, found by name or document, matched before a duplicate. */
public class PersonServiceTest {
    private final TestServices t = TestServices.withOffice();

    @AfterEach
    void close() {
        t.close();
    }

    public static Person person(String given, String family, LocalDate born, List<String> citizenships, IdentityDocument... docs) {
        return new Person(null, 0, given, family, List.of(), Gender.Feminine, born, false, null, null,
                citizenships, List.of("es"), List.of(docs), null, null);
    }

    public static IdentityDocument passport(String number, String country) {
        return new IdentityDocument(null, DocumentType.Passport, number, country, LocalDate.of(2030, 1, 1));
    }

    @Test
    void storesAPersonWithDocumentsAndReadsItBack() {
        Person saved = t.app().persons().create(person(" Yuliana ", "Ortiz Beltrán", LocalDate.of(1999, 4, 2),
                List.of("ve", "CO"), passport("pa 447-1902", "VE")));
        Person read = t.app().persons().get(saved.id());
        assertThat(read.givenNames()).isEqualTo("Yuliana");
        assertThat(read.citizenships()).containsExactly("VE", "CO");
        assertThat(read.documents()).singleElement().satisfies(d -> {
            assertThat(d.number()).isEqualTo("pa 447-1902");
            assertThat(d.type()).isEqualTo(DocumentType.Passport);
        });
        assertThat(read.birthYear()).isEqualTo(1999);
        assertThat(t.dsl().select(org.vigia.db.schema.Tables.AUDIT_EVENT.SUMMARY).from(org.vigia.db.schema.Tables.AUDIT_EVENT)
                .fetch(org.vigia.db.schema.Tables.AUDIT_EVENT.SUMMARY)).noneMatch(s -> s.contains("Yuliana"));
    }

    @Test
    void searchFindsByAnyNameWordIgnoringAccentsAndByDocumentNumber() {
        t.app().persons().create(person("Yuliana", "Ortiz Beltrán", null, List.of("VE"), passport("PA4471902", "VE")));
        t.app().persons().create(person("Luis", "Peña", null, List.of("CO")));
        assertThat(t.app().persons().page("beltran", 0, 10)).extracting(Person::givenNames).containsExactly("Yuliana");
        assertThat(t.app().persons().page("pena", 0, 10)).extracting(Person::givenNames).containsExactly("Luis");
        assertThat(t.app().persons().page("pa-447", 0, 10)).extracting(Person::givenNames).containsExactly("Yuliana");
        assertThat(t.app().persons().count("")).isEqualTo(2);
        assertThat(t.app().persons().page("", 0, 10)).extracting(Person::familyNames).containsExactly("Ortiz Beltrán", "Peña");
    }

    @Test
    void searchFindsNamesThatSoundAlikeAndFiltersByCitizenship() {
        t.app().persons().create(person("Yuliana", "Ortiz Beltrán", null, List.of("VE"), passport("PA4471902", "VE")));
        t.app().persons().create(person("Juliana", "Ortis", null, List.of("CO")));
        t.app().persons().create(person("Luis", "Peña", null, List.of("CO")));
        var persons = t.app().persons();
        assertThat(persons.page(org.vigia.model.PersonQuery.text("Ortís"), 0, 10)).extracting(Person::familyNames)
                .containsExactlyInAnyOrder("Ortiz Beltrán", "Ortis");
        assertThat(persons.page(org.vigia.model.PersonQuery.text("juliana ortiz"), 0, 10)).extracting(Person::givenNames)
                .containsExactlyInAnyOrder("Yuliana", "Juliana");
        assertThat(persons.page(new org.vigia.model.PersonQuery("ortiz", "co"), 0, 10)).extracting(Person::givenNames)
                .containsExactly("Juliana");
        assertThat(persons.count(new org.vigia.model.PersonQuery(null, "CO"))).isEqualTo(2);
        assertThat(persons.count(new org.vigia.model.PersonQuery("Peña", "VE"))).isZero();
        assertThat(persons.count(org.vigia.model.PersonQuery.text("zzzz"))).isZero();
        assertThat(persons.page(org.vigia.model.PersonQuery.text("100%_!"), 0, 10)).isEmpty();
    }

    @Test
    void theListKeepsOnlyPersonsHoldingARoleWhenAskedAndForgetsRemovedLinks() {
        Person luis = t.app().persons().create(person("Luis", "Peña", null, List.of("CO")));
        t.app().persons().create(person("Ana", "Peña", null, List.of("CO")));
        var kase = t.cases().create(org.vigia.testing.CaseDraft.valid().build());
        var link = t.app().roles().add(org.vigia.model.RoleLink.of(kase.id(), luis.id(), org.vigia.model.CaseRole.SUSPECT, null));
        var suspects = new org.vigia.model.PersonQuery("pena", null, org.vigia.model.CaseRole.SUSPECT);
        assertThat(t.app().persons().page(suspects, 0, 10)).extracting(Person::givenNames).containsExactly("Luis");
        assertThat(t.app().persons().count(new org.vigia.model.PersonQuery(null, null, org.vigia.model.CaseRole.VICTIM))).isZero();
        t.app().roles().remove(link.id(), link.version());
        assertThat(t.app().persons().count(suspects)).isZero();
    }

    @Test
    void namesThatOnlySoundAlikeButAreSpelledFarApartAreNoMatch() {
        Person yuliana = t.app().persons().create(person("Yuliana", "Ortiz Beltrán", LocalDate.of(2004, 3, 9), List.of("VE")));
        t.app().persons().create(person("Rosa Elena", "Rojas Ortiz", LocalDate.of(2004, 5, 1), List.of("VE")));
        List<PersonMatch> found = t.app().persons().matches(person("Juliana", "Ortis Beltran", LocalDate.of(2004, 1, 1),
                List.of("CO")), 10);
        assertThat(found).extracting(PersonMatch::personId).containsExactly(yuliana.id());
        assertThat(PersonMatcher.wordSimilarity(new org.apache.commons.text.similarity.JaroWinklerSimilarity(),
                "ORTIS BELTRAN JULIANA", "ROJAS ORTIZ ROSA ELENA")).isLessThan(PersonMatcher.PHONETIC_SPELLING);
        assertThat(PersonMatcher.wordSimilarity(new org.apache.commons.text.similarity.JaroWinklerSimilarity(),
                "BELTRAN YULIANA", "ORTIZ BELTRAN YULIANA")).isEqualTo(1.0);
    }

    @Test
    void aStaleCopyIsRefused() {
        Person saved = t.app().persons().create(person("Luis", "Peña", null, List.of("CO")));
        t.app().persons().update(new Person(saved.id(), saved.version(), "Luis Alberto", "Peña", List.of(), null, null,
                false, 30, LocalDate.of(2026, 1, 1), List.of("CO"), List.of(), List.of(), null, null));
        assertThat(catchThrowable(() -> t.app().persons().update(saved))).isInstanceOf(ConflictException.class);
    }

    @Test
    void badInputIsRefusedOnItsFieldAndChangesNothing() {
        LocalDate future = TestServices.TODAY.plusDays(1);
        ValidationException e = Refusals.validation(t, () -> t.app().persons().create(new Person(null, 0, " ", "",
                List.of("x".repeat(121)), null, future, false, 130, null, List.of("QQ", "QQ"), List.of("xx"),
                List.of(new IdentityDocument(null, null, "", "ZZ", null)), null, "bad\u0007notes")));
        assertThat(Refusals.fields(e)).contains("familyNames", "aliases", "birthDate", "ageYears", "ageOn",
                "citizenships", "languages", "documents", "notes");
        ValidationException old = Refusals.validation(t, () -> t.app().persons().create(
                person("Ana", "Vieja", TestServices.TODAY.minusYears(121), List.of())));
        assertThat(Refusals.onlyErrorKey(old, "birthDate")).isEqualTo("validation.ageRange");
        ValidationException dup = Refusals.validation(t, () -> t.app().persons().create(
                person("Ana", "Doble", null, List.of(), passport("AB1", "CO"), passport("ab-1", "CO"))));
        assertThat(Refusals.onlyErrorKey(dup, "documents")).isEqualTo("validation.duplicateValue");
    }

    @Test
    void theSameDocumentIsOfferedAsAMatchNotRefused() {
        Person first = t.app().persons().create(person("Yuliana", "Ortiz", LocalDate.of(1999, 4, 2), List.of("VE"),
                passport("PA4471902", "VE")));
        Person typed = person("Juliana", "Ortis", null, List.of(), passport("pa 4471902", "VE"));
        List<PersonMatch> matches = t.app().persons().matches(typed, 5);
        assertThat(matches).first().satisfies(m -> {
            assertThat(m.personId()).isEqualTo(first.id());
            assertThat(m.reasons()).first().isEqualTo(Reason.SAME_DOCUMENT);
        });
        // and saving it anyway is allowed: a document on another person is a warning, not an error
        assertThat(t.app().persons().create(typed).id()).isNotEqualTo(first.id());
    }

    @Test
    void soundAlikeNamesWithTheSameBirthYearRankAboveOthersAndSayWhy() {
        Person yuliana = t.app().persons().create(person("Yuliana", "Ortiz Beltrán", LocalDate.of(1999, 4, 2), List.of("VE")));
        Person older = t.app().persons().create(person("Yuliana", "Ortiz", LocalDate.of(1970, 1, 1), List.of("PE")));
        t.app().persons().create(person("Luis", "Peña", LocalDate.of(1999, 1, 1), List.of("VE")));
        Person typed = new Person(null, 0, "Juliana", "Ortíz Beltran", List.of(), Gender.Feminine, null, false,
                27, LocalDate.of(2026, 3, 1), List.of("CO"), List.of(), List.of(), null, null);

        List<PersonMatch> matches = t.app().persons().matches(typed, 10);

        assertThat(matches).extracting(PersonMatch::personId).containsExactly(yuliana.id(), older.id());
        assertThat(matches.get(0).reasons()).contains(Reason.PHONETIC_NAME_AND_BIRTH_YEAR);
        assertThat(matches.get(1).reasons()).containsExactly(Reason.PHONETIC_NAME);
        assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score());
    }

    @Test
    void similarNamesWithASharedCitizenshipMatchAndThePersonItselfIsLeftOut() {
        Person rosa = t.app().persons().create(person("Rosa Maria", "Quispe", null, List.of("PE")));
        List<PersonMatch> matches = t.app().persons().matches(person("Rosa Mary", "Quispe", null, List.of("PE")), 5);
        assertThat(matches).singleElement().satisfies(m -> assertThat(m.reasons()).contains(Reason.SIMILAR_NAME_AND_NATIONALITY));
        assertThat(t.app().persons().matches(rosa, 5)).isEmpty();
        assertThat(t.app().persons().matches(person("Zacarías", "Xu", null, List.of("CN")), 5)).isEmpty();
    }
}
