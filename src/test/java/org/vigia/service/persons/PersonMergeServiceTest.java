package org.vigia.service.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;
import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.PERSON_MERGE;
import static org.vigia.service.persons.PersonServiceTest.passport;
import static org.vigia.service.persons.PersonServiceTest.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.ConflictException;
import org.vigia.model.IdentityDocument;
import org.vigia.model.NotPermittedException;
import org.vigia.model.Person;
import org.vigia.model.PersonMerge;
import org.vigia.model.Role;
import org.vigia.model.VigiaException;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** Two records of one human being become one, with nothing lost, and the merge can be undone. */
class PersonMergeServiceTest {
    private final TestServices t = TestServices.withOffice();
    private final PersonService persons = t.app().persons();
    private final PersonMergeService merges = t.app().merges();

    @AfterEach
    void close() {
        t.close();
    }

    private Person yuliana() {
        return persons.create(person("Yuliana", "Ortiz Beltrán", LocalDate.of(1999, 4, 2), List.of("VE"),
                passport("PA4471902", "VE")));
    }

    private Person juliana() {
        return persons.create(person("Juliana", "Ortis", LocalDate.of(1999, 1, 1), List.of("CO"),
                new IdentityDocument(null, org.vigia.model.DocumentType.NationalId, "1.020.334", "CO", null)));
    }

    @Test
    void mergingKeepsEveryDocumentOnTheKeptPersonAndTheMergedOneNoLongerShowsOrMatches() {
        Person kept = yuliana();
        Person dup = juliana();
        PersonMerge merge = merges.merge(kept.id(), kept.version(), dup.id(), dup.version(), "same passport photo");
        assertThat(merge.undoable()).isTrue();
        assertThat(merge.mergedName()).isEqualTo("Juliana Ortis");
        Person after = persons.get(kept.id());
        assertThat(after.documents()).extracting(IdentityDocument::number).containsExactlyInAnyOrder("PA4471902", "1.020.334");
        assertThat(after.version()).isEqualTo(kept.version() + 1);
        assertThat(persons.count("")).isEqualTo(1);
        assertThat(persons.matches(person("Juliana", "Ortis", LocalDate.of(1999, 1, 1), List.of("CO")), 10))
                .extracting(m -> m.personId()).containsExactly(kept.id());
        assertThat(t.dsl().select(PERSON.MERGED_INTO).from(PERSON).where(PERSON.ID.eq(dup.id())).fetchOne(PERSON.MERGED_INTO))
                .isEqualTo(kept.id());
        assertThat(merges.mergesInto(kept.id())).extracting(PersonMerge::id).containsExactly(merge.id());
        assertThat(t.dsl().select(AUDIT_EVENT.ACTION, AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("PERSON_MERGE")).fetch(AUDIT_EVENT.SUMMARY))
                .singleElement().asString().contains(dup.id().toString()).doesNotContain("Juliana");
        assertThat(t.audit().verify().ok()).isTrue();
    }

    @Test
    void undoingAMergeGivesBackThePersonAndTheirOwnDocumentsExactly() {
        Person kept = yuliana();
        Person dup = juliana();
        PersonMerge merge = merges.merge(kept.id(), kept.version(), dup.id(), dup.version(), "same passport photo");
        PersonMerge undone = merges.undo(merge.id());
        assertThat(undone.undoable()).isFalse();
        assertThat(persons.get(dup.id()).documents()).extracting(IdentityDocument::number).containsExactly("1.020.334");
        assertThat(persons.get(kept.id()).documents()).extracting(IdentityDocument::number).containsExactly("PA4471902");
        assertThat(persons.count("")).isEqualTo(2);
        assertThat(persons.matches(person("Juliana", "Ortis", LocalDate.of(1999, 1, 1), List.of("CO")), 10))
                .extracting(m -> m.personId()).contains(dup.id());
        assertThat(Refusals.refused(t, () -> merges.undo(merge.id()), VigiaException.class).key())
                .isEqualTo("error.merge.alreadyUndone");
        assertThat(t.audit().verify().ok()).isTrue();
    }

    @Test
    void rolesInCasesMoveToTheKeptPersonAndBackOnUndo() {
        Person kept = yuliana();
        Person dup = juliana();
        var kase = t.cases().create(org.vigia.testing.CaseDraft.valid().build());
        var roles = t.app().roles();
        var link = roles.add(org.vigia.model.RoleLink.of(kase.id(), dup.id(), org.vigia.model.CaseRole.WITNESS, "saw the bus"));
        PersonMerge merge = merges.merge(kept.id(), kept.version(), dup.id(), dup.version(), "same person");
        assertThat(roles.rolesOfPerson(kept.id())).extracting(r -> r.linkId()).containsExactly(link.id());
        assertThat(roles.rolesInCase(kase.id())).extracting(r -> r.personId()).containsExactly(kept.id());
        merges.undo(merge.id());
        assertThat(roles.rolesOfPerson(kept.id())).isEmpty();
        assertThat(roles.rolesOfPerson(dup.id())).extracting(r -> r.linkId()).containsExactly(link.id());
    }

    @Test
    void anExportedMergeOrOneWhoseKeptPersonChangedSinceCannotBeUndone() {
        Person kept = yuliana();
        Person dup = juliana();
        PersonMerge merge = merges.merge(kept.id(), kept.version(), dup.id(), dup.version(), "same person");
        Person now = persons.get(kept.id());
        persons.update(new Person(now.id(), now.version(), now.givenNames(), now.familyNames(), List.of("Yuli"),
                now.gender(), now.birthDate(), false, null, null, now.citizenships(), now.languages(), now.documents(),
                null, null));
        assertThat(Refusals.refused(t, () -> merges.undo(merge.id()), VigiaException.class).key())
                .isEqualTo("error.merge.keptChanged");

        Person a = persons.create(person("Luis", "Peña", null, List.of("CO")));
        Person b = persons.create(person("Luis", "Pena", null, List.of("CO")));
        PersonMerge second = merges.merge(a.id(), a.version(), b.id(), b.version(), "same person");
        t.dsl().update(PERSON_MERGE).set(PERSON_MERGE.EXPORTED_AT, java.time.OffsetDateTime.now())
                .where(PERSON_MERGE.ID.eq(second.id())).execute();
        assertThat(merges.mergesInto(a.id()).get(0).undoable()).isFalse();
        assertThat(Refusals.refused(t, () -> merges.undo(second.id()), VigiaException.class).key())
                .isEqualTo("error.merge.exported");
    }

    @Test
    void badMergesAreRefusedAndChangeNothing() {
        Person kept = yuliana();
        Person dup = juliana();
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () ->
                merges.merge(kept.id(), kept.version(), kept.id(), kept.version(), "same")), "mergeWith"))
                .isEqualTo("validation.mergeSelf");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () ->
                merges.merge(kept.id(), kept.version(), dup.id(), dup.version(), "  ")), "mergeReason"))
                .isEqualTo("validation.required");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () ->
                merges.merge(kept.id(), kept.version(), dup.id(), dup.version(), "x".repeat(501))), "mergeReason"))
                .isEqualTo("validation.tooLong");
        Refusals.refused(t, () -> merges.merge(kept.id(), kept.version(), dup.id(), dup.version() + 1, "same"),
                ConflictException.class);
        Refusals.refused(t, () -> merges.merge(kept.id(), kept.version(), java.util.UUID.randomUUID(), 0, "same"),
                VigiaException.class);
        PersonMerge merge = merges.merge(kept.id(), kept.version(), dup.id(), dup.version(), "same");
        Person keptNow = persons.get(kept.id());
        assertThat(Refusals.refused(t, () -> merges.merge(keptNow.id(), keptNow.version(), dup.id(), dup.version() + 1,
                "again"), VigiaException.class).key()).isEqualTo("error.person.notFound");
        assertThat(Refusals.refused(t, () -> merges.undo(java.util.UUID.randomUUID()), VigiaException.class).key())
                .isEqualTo("error.merge.notFound");
        assertThat(merge.keptId()).isEqualTo(kept.id());
    }

    @Test
    void anAnalystWhoOnlyReadsCannotMerge() {
        Person kept = yuliana();
        Person dup = juliana();
        t.signInAs("hq", Role.HQ_ANALYST);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                merges.merge(kept.id(), kept.version(), dup.id(), dup.version(), "same")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(t.dsl().fetchCount(PERSON_MERGE)).isZero();
        assertThat(persons.count("")).isEqualTo(2);
    }
}
