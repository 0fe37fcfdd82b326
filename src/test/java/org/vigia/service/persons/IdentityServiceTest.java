package org.vigia.service.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;
import static org.vigia.db.schema.Tables.PERSON;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.model.CaseFile;
import org.vigia.model.CasePerson;
import org.vigia.model.CaseRole;
import org.vigia.model.DocumentType;
import org.vigia.model.IdentityDocument;
import org.vigia.model.NotPermittedException;
import org.vigia.model.Person;
import org.vigia.model.PersonMatch;
import org.vigia.model.Pseudonym;
import org.vigia.model.Role;
import org.vigia.model.RoleLink;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** Victims' names hidden by every person read of the services, and revealing one (audited). */
class IdentityServiceTest {
    private final TestServices t = TestServices.withOffice();
    private final CaseFile kase = t.cases().create(CaseDraft.valid().build());
    private final Person yuliana = t.app().persons().create(new Person(null, 0, "Yuliana", "Ortiz Beltrán",
            List.of("La Flaca"), org.vigia.model.Gender.Feminine, LocalDate.of(2008, 6, 1), false, null, null,
            List.of("VE"), List.of("es"), List.of(new IdentityDocument(null, DocumentType.Passport, "PA4471902", "VE",
            LocalDate.of(2030, 1, 1))), "+57 300 555 0101", "Lives with her aunt in Cúcuta"));
    private final Person luis = t.app().persons().create(PersonServiceTest.person("Luis", "Peña", null, List.of("CO")));
    private final String pseudonym = Pseudonym.of(yuliana.id(), "Yuliana", "Ortiz Beltrán");

    IdentityServiceTest() {
        t.app().roles().add(RoleLink.of(kase.id(), yuliana.id(), CaseRole.VICTIM, null));
        t.app().roles().add(RoleLink.of(kase.id(), luis.id(), CaseRole.SUSPECT, null));
    }

    @AfterEach
    void close() {
        t.close();
    }

    private IdentityService identity() {
        return t.app().identity();
    }

    private PersonService persons() {
        return t.app().persons();
    }

    /** Nothing of the person that names or reaches her: names, alias, document number, contact, notes. */
    private static void assertHidden(Object shown) {
        String text = String.valueOf(shown) // record ids are random hex and may hold "555" by chance
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
        assertThat(text).doesNotContain("Yuliana", "Ortiz", "Beltr", "Flaca", "PA4471902", "300 555", "aunt");
    }

    private long reveals() {
        return t.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(IdentityService.ACTION));
    }

    @Test
    void aVictimReadsAsHerPseudonymInGetPageAndSearchByRealName() {
        Person got = persons().get(yuliana.id());
        assertThat(got.fullName()).isEqualTo(pseudonym).matches("Y\\.O\\. · [0-9A-Z]{6}");
        assertThat(got.familyNames()).isEqualTo(pseudonym);
        assertThat(got.givenNames()).isEmpty();
        assertThat(got.aliases()).isEmpty();
        assertThat(got.contact()).isNull();
        assertThat(got.notes()).isNull();
        assertThat(got.documents()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DocumentType.Passport);
            assertThat(d.issuingCountry()).isEqualTo("VE");
            assertThat(d.number()).isEqualTo(Masking.HIDDEN);
        });
        assertThat(got.birthDate()).isEqualTo(LocalDate.of(2008, 6, 1));
        assertHidden(got);
        assertThat(persons().isMasked(yuliana.id())).isTrue();
        assertThat(identity().masked(List.of(yuliana.id(), luis.id()))).containsExactly(yuliana.id());

        // found by her real name and by her document number, shown by the pseudonym only
        for (String search : List.of("ortiz", "yuliana", "PA4471902")) {
            List<Person> page = persons().page(search, 0, 10);
            assertThat(page).extracting(Person::id).containsExactly(yuliana.id());
            assertHidden(page);
        }
        // last on the page, although "Ortiz" sorts before "Peña": her place would tell her name
        assertThat(persons().page("", 0, 10)).extracting(Person::fullName).containsExactly("Luis Peña", pseudonym);
    }

    @Test
    void aSuspectIsNotMasked() {
        assertThat(persons().get(luis.id()).fullName()).isEqualTo("Luis Peña");
        assertThat(persons().isMasked(luis.id())).isFalse();
        assertThat(persons().page("pena", 0, 10)).extracting(Person::fullName).containsExactly("Luis Peña");
    }

    @Test
    void likelyMatchesShowTheVictimByPseudonym() {
        List<PersonMatch> matches = persons().matches(PersonServiceTest.person("Yuliana", "Ortiz Beltran",
                LocalDate.of(2008, 6, 1), List.of("VE")), 10);
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.personId()).isEqualTo(yuliana.id());
            assertThat(m.fullName()).isEqualTo(pseudonym);
            assertThat(m.masked()).isTrue();
        });
        assertHidden(matches);
        assertThat(persons().matches(PersonServiceTest.person("Luis", "Pena", null, List.of("CO")), 10))
                .singleElement().satisfies(m -> assertThat(m.fullName()).isEqualTo("Luis Peña"))
                .satisfies(m -> assertThat(m.masked()).isFalse());
    }

    @Test
    void theCasePeopleShowTheVictimByPseudonymAndTheSuspectByName() {
        List<CasePerson> rows = t.app().roles().rolesInCase(kase.id());
        assertThat(rows).extracting(CasePerson::fullName).containsExactlyInAnyOrder(pseudonym, "Luis Peña");
        assertThat(rows).filteredOn(CasePerson::masked).extracting(CasePerson::personId).containsExactly(yuliana.id());
        assertHidden(rows);
    }

    @Test
    void inACaseTheHiddenVictimsComeAfterTheNamedOnesOfTheirRole() {
        Person alba = persons().create(PersonServiceTest.person("Zoe", "Alba", null, List.of("CO")));
        Person zapata = persons().create(PersonServiceTest.person("Ana", "Zapata", null, List.of("CO")));
        t.app().roles().add(RoleLink.of(kase.id(), alba.id(), CaseRole.VICTIM, null));
        t.app().roles().add(RoleLink.of(kase.id(), zapata.id(), CaseRole.VICTIM, null));
        identity().reveal(zapata.id(), "Hearing");

        assertThat(t.app().roles().rolesInCase(kase.id())).extracting(CasePerson::fullName).containsExactly(
                "Luis Peña", "Ana Zapata", pseudonym, Pseudonym.of(alba.id(), "Zoe", "Alba"));
    }

    @Test
    void aVictimInAnotherCaseIsMaskedInEveryCaseEvenAsWitness() {
        CaseFile other = t.cases().create(CaseDraft.valid().title("Bar raid").build());
        t.app().roles().add(RoleLink.of(other.id(), yuliana.id(), CaseRole.WITNESS, null));
        assertThat(t.app().roles().rolesInCase(other.id())).extracting(CasePerson::fullName).containsExactly(pseudonym);
    }

    @Test
    void aRemovedVictimLinkNoLongerHidesButARemovedCaseStillDoes() {
        CaseFile kept = t.cases().get(kase.id());
        t.cases().delete(kept.id(), kept.version());
        assertThat(persons().get(yuliana.id()).fullName()).as("case removed").isEqualTo(pseudonym);

        CaseFile other = t.cases().create(CaseDraft.valid().title("Bar raid").build());
        Person ana = persons().create(PersonServiceTest.person("Ana", "Ruiz", null, List.of("CO")));
        RoleLink link = t.app().roles().add(RoleLink.of(other.id(), ana.id(), CaseRole.VICTIM, null));
        assertThat(persons().get(ana.id()).fullName()).isNotEqualTo("Ana Ruiz");
        t.app().roles().remove(link.id(), link.version());
        assertThat(persons().get(ana.id()).fullName()).isEqualTo("Ana Ruiz");
    }

    @Test
    void revealingShowsTheRealNameAndWritesOneAuditEventWithTheReasonAndNoName() {
        identity().reveal(yuliana.id(), "  Interview scheduled with the prosecutor ");

        assertThat(persons().get(yuliana.id())).isEqualTo(yuliana);
        assertThat(persons().page("ortiz", 0, 10)).containsExactly(yuliana);
        assertThat(t.app().roles().rolesInCase(kase.id())).extracting(CasePerson::fullName)
                .contains("Yuliana Ortiz Beltrán");
        var events = t.dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq(IdentityService.ACTION)).fetch();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getEntityType()).isEqualTo("person");
            assertThat(e.getEntityId()).isEqualTo(yuliana.id());
            assertThat(e.getUserName()).isEqualTo(TestServices.USER);
            assertThat(e.getSummary()).contains("Interview scheduled with the prosecutor").doesNotContain("Yuliana",
                    "Ortiz");
        });
        assertThat(t.audit().verify().ok()).isTrue();

        identity().reveal(yuliana.id(), "again");
        assertThat(reveals()).as("already revealed: nothing more to record").isEqualTo(1);
    }

    @Test
    void revealingSomeoneNotHiddenRecordsNothing() {
        identity().reveal(luis.id(), "why not");
        assertThat(reveals()).isZero();
        Throwable missing = catchThrowable(() -> identity().reveal(UUID.randomUUID(), "a reason"));
        assertThat(missing).isInstanceOf(VigiaException.class);
        assertThat(((VigiaException) missing).key()).isEqualTo("error.person.notFound");
    }

    @Test
    void anInvestigatorIsRefusedAuditedAndStillSeesThePseudonym() {
        t.signInAs("ivan", Role.INVESTIGATOR);
        assertThat(identity().canReveal()).isFalse();
        long denied = t.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PERMISSION_DENIED"));

        assertThat(catchThrowable(() -> identity().reveal(yuliana.id(), "curious")))
                .isInstanceOf(NotPermittedException.class);

        assertThat(t.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PERMISSION_DENIED"))).isEqualTo(denied + 1);
        assertThat(reveals()).isZero();
        assertThat(persons().get(yuliana.id()).fullName()).isEqualTo(pseudonym);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "bell\u0007", "two\nlines", "tab\there"})
    void aMissingOrMalformedReasonIsRefusedAndNothingRecorded(String reason) {
        ValidationException e = Refusals.validation(t, () -> identity().reveal(yuliana.id(), reason));
        assertThat(Refusals.fields(e)).containsExactly("reason");
        assertThat(persons().get(yuliana.id()).fullName()).isEqualTo(pseudonym);
    }

    @Test
    void aNullOrTooLongReasonIsRefused() {
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> identity().reveal(yuliana.id(), null)), "reason"))
                .isEqualTo("validation.required");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t,
                () -> identity().reveal(yuliana.id(), "x".repeat(IdentityService.REASON + 1))), "reason"))
                .isEqualTo("validation.tooLong");
        identity().reveal(yuliana.id(), "x".repeat(IdentityService.REASON));
        assertThat(reveals()).isOne();
    }

    @Test
    void lockingHidesAgain() {
        identity().reveal(yuliana.id(), "Court hearing");
        assertThat(persons().isMasked(yuliana.id())).isFalse();

        t.accounts().locked();
        t.accounts().unlock(TestServices.PASSWORD.toCharArray());

        assertThat(persons().isMasked(yuliana.id())).isTrue();
        assertThat(persons().get(yuliana.id()).fullName()).isEqualTo(pseudonym);
    }

    @Test
    void signingOutOrAnotherAccountHidesAgain() {
        identity().reveal(yuliana.id(), "Court hearing");
        t.accounts().signOut();
        t.accounts().signIn(TestServices.USER, TestServices.PASSWORD.toCharArray());
        assertThat(persons().get(yuliana.id()).fullName()).as("after signing out and in").isEqualTo(pseudonym);

        identity().reveal(yuliana.id(), "Court hearing");
        t.signInAs("sofia", Role.SUPERVISOR);
        assertThat(persons().get(yuliana.id()).fullName()).as("another supervisor").isEqualTo(pseudonym);
        assertThat(identity().canReveal()).isTrue();
    }

    @Test
    void aHiddenPersonCannotBeChangedAndKeepsHerRealNames() {
        Person shown = persons().get(yuliana.id());
        VigiaException e = Refusals.refused(t, () -> persons().update(shown), VigiaException.class);
        assertThat(e.key()).isEqualTo("identity.revealToEdit");
        assertThat(t.dsl().select(PERSON.GIVEN_NAMES, PERSON.FAMILY_NAMES).from(PERSON)
                .where(PERSON.ID.eq(yuliana.id())).fetchSingle().intoList()).containsExactly("Yuliana", "Ortiz Beltrán");

        identity().reveal(yuliana.id(), "Correct the spelling");
        Person real = persons().get(yuliana.id());
        Person changed = persons().update(new Person(real.id(), real.version(), "Yuliana Andrea", real.familyNames(),
                real.aliases(), real.gender(), real.birthDate(), real.birthDateEstimated(), real.ageYears(),
                real.ageOn(), real.citizenships(), real.languages(), real.documents(), real.contact(), real.notes()));
        assertThat(changed.fullName()).isEqualTo("Yuliana Andrea Ortiz Beltrán");
    }

    @Test
    void mergeListingsShowTheMergedVictimByPseudonym() {
        Person twin = persons().create(PersonServiceTest.person("Yuliana", "Ortiz", LocalDate.of(2008, 6, 1),
                List.of("VE")));
        t.app().roles().add(RoleLink.of(kase.id(), twin.id(), CaseRole.WITNESS, null));
        Person kept = persons().get(yuliana.id());
        t.app().merges().merge(kept.id(), kept.version(), twin.id(), 0, "Same passport photo");

        assertThat(t.app().merges().mergesInto(yuliana.id())).singleElement().satisfies(m -> {
            assertThat(m.mergedName()).isEqualTo(Pseudonym.of(twin.id(), "Yuliana", "Ortiz"));
            assertHidden(m);
        });
        identity().reveal(yuliana.id(), "Check the merge");
        assertThat(t.app().merges().mergesInto(yuliana.id())).singleElement()
                .satisfies(m -> assertThat(m.mergedName()).isEqualTo("Yuliana Ortiz"));
    }
}
