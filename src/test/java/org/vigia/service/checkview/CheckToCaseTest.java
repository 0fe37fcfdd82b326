package org.vigia.service.checkview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigia.db.schema.Tables;
import org.vigia.model.ArrestStatus;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.CheckCaseDraft;
import org.vigia.model.CheckCaseRequest;
import org.vigia.model.CheckCaseResult;
import org.vigia.model.CheckLine;
import org.vigia.model.ConflictException;
import org.vigia.model.DocumentType;
import org.vigia.model.Gender;
import org.vigia.model.IdentityDocument;
import org.vigia.model.NotPermittedException;
import org.vigia.model.OffenceType;
import org.vigia.model.Person;
import org.vigia.model.PersonMatch;
import org.vigia.model.RoleLink;
import org.vigia.model.Role;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.CheckpointFixture;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** From a check to a case: person created or chosen, case new or existing, each role, refusals. */
class CheckToCaseTest {
    private TestServices t;
    private CheckpointFixture f;
    private CheckToCase action;
    private UUID op;
    private UUID control;
    private UUID migrantCheck;

    @BeforeEach
    void setUp() {
        t = TestServices.withOffice();
        f = new CheckpointFixture(t.app());
        action = t.app().checkToCase();
        op = t.operations().save(OperationDraft.valid("RIO-1").build()).id();
        UUID point = f.point("RIVER", "Puerto Leguízamo pier", "CO", "Puerto Leguízamo");
        control = f.control(op, point, Instant.parse("2026-03-01T06:00:00Z"), Instant.parse("2026-03-01T14:00:00Z"));
        migrantCheck = f.check(control, Instant.parse("2026-03-01T07:00:00Z"))
                .person("María José", "Pérez Gil", LocalDate.of(1990, 1, 2), "Feminine", "VE", false)
                .document("VE-123456", "Passport", "VE").outcome("NO_HIT", "IRREGULAR_MIGRANT").save();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private CheckLine line(UUID checkId) {
        return t.app().checkpointFigures().checks(control, 0, 100).stream().filter(c -> c.id().equals(checkId))
                .findFirst().orElseThrow();
    }

    @Test
    void draftsThePersonFromTheCheck() {
        CheckCaseDraft d = action.draft(migrantCheck);
        assertThat(d.person().givenNames()).isEqualTo("María José");
        assertThat(d.person().familyNames()).isEqualTo("Pérez Gil");
        assertThat(d.person().birthDate()).isEqualTo(LocalDate.of(1990, 1, 2));
        assertThat(d.person().gender()).isEqualTo(Gender.Feminine);
        assertThat(d.person().citizenships()).containsExactly("VE");
        assertThat(d.person().documents()).extracting(IdentityDocument::number).containsExactly("VE-123456");
        assertThat(d.operationId()).isEqualTo(op);
        assertThat(d.checkedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(d.pointName()).isEqualTo("Puerto Leguízamo pier");
        assertThat(d.caseRoleId()).isNull();
    }

    @Test
    void newPersonInANewCaseAsSmuggledMigrant() {
        CheckCaseResult r = action.open(new CheckCaseRequest(migrantCheck, 0, CaseRole.SMUGGLED_MIGRANT, null, null,
                "Migrants at Puerto Leguízamo"));
        assertThat(r.personCreated()).isTrue();
        assertThat(r.caseCreated()).isTrue();
        Person p = t.app().persons().get(r.personId());
        assertThat(p.fullName()).isEqualTo("María José Pérez Gil");
        assertThat(p.documents()).extracting(IdentityDocument::type).containsExactly(DocumentType.Passport);
        CaseFile c = t.cases().get(r.caseId());
        assertThat(c.number()).isEqualTo(r.caseNumber());
        assertThat(c.operationId()).isEqualTo(op);
        assertThat(c.openedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(c.country()).isEqualTo("CO");
        assertThat(c.locality()).isEqualTo("Puerto Leguízamo");
        assertThat(c.offences()).containsExactly(OffenceType.MigrantSmuggling);
        assertThat(c.title()).isEqualTo("Migrants at Puerto Leguízamo");
        RoleLink link = t.app().roles().get(r.caseRoleId());
        assertThat(link.role()).isEqualTo(CaseRole.SMUGGLED_MIGRANT);
        assertThat(link.migrant().detectedPlace()).isEqualTo("Puerto Leguízamo pier");
        assertThat(link.migrant().detectedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(link.migrant().detectedCountry()).isEqualTo("CO");
        CheckLine check = line(migrantCheck);
        assertThat(check.personId()).isEqualTo(r.personId());
        assertThat(check.caseRoleId()).isEqualTo(r.caseRoleId());
        assertThat(check.version()).isEqualTo(1);
        var a = Tables.AUDIT_EVENT;
        String summary = t.dsl().select(a.SUMMARY).from(a).where(a.ACTION.eq("CHECK_TO_CASE")).fetchSingle(a.SUMMARY);
        assertThat(summary).contains(r.personId().toString()).doesNotContain("María").doesNotContain("Pérez");
    }

    @Test
    void existingPersonFromTheMatchesInAnExistingCaseAsVictim() {
        Person known = t.app().persons().create(new Person(null, 0, "María José", "Pérez Gil", List.of(), Gender.Feminine,
                LocalDate.of(1990, 1, 2), false, null, null, List.of("VE"), List.of(),
                List.of(new IdentityDocument(null, DocumentType.Passport, "VE123456", "VE", null)), null, null));
        CaseFile existing = t.cases().create(CaseDraft.valid().build());
        List<PersonMatch> matches = action.matches(migrantCheck);
        assertThat(matches).extracting(PersonMatch::personId).contains(known.id());
        long persons = t.snapshot().rows("PERSON");
        long caseCount = t.snapshot().rows("CASE_FILE");
        CheckCaseResult r = action.open(new CheckCaseRequest(migrantCheck, 0, CaseRole.VICTIM, known.id(),
                existing.id(), null));
        assertThat(r.personCreated()).isFalse();
        assertThat(r.caseCreated()).isFalse();
        assertThat(r.caseNumber()).isEqualTo(existing.number());
        assertThat(t.snapshot().rows("PERSON")).isEqualTo(persons);
        assertThat(t.snapshot().rows("CASE_FILE")).isEqualTo(caseCount);
        RoleLink link = t.app().roles().get(r.caseRoleId());
        assertThat(link.personId()).isEqualTo(known.id());
        assertThat(link.caseId()).isEqualTo(existing.id());
        assertThat(link.role()).isEqualTo(CaseRole.VICTIM);
        assertThat(link.victim().identifiedAt()).isEqualTo("Puerto Leguízamo pier");
        assertThat(link.victim().identifiedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(link.victim().status()).isNull();
        CheckLine check = line(migrantCheck);
        assertThat(check.masked()).as("now a victim: the pseudonym, not the name").isTrue();
        assertThat(check.name()).startsWith("M.P. \u00b7 ");
        assertThat(check.docNumber()).isNull();
        t.app().context().markRevealed(known.id());
        assertThat(line(migrantCheck).name()).isEqualTo("María José Pérez Gil");
    }

    @Test
    void anArrestedSuspectInANewCase() {
        UUID arrest = f.check(control, Instant.parse("2026-03-01T08:00:00Z"))
                .person("Jorge", "Vela", LocalDate.of(1975, 6, 6), "Masculine", "CO", false)
                .outcome("HIT_CONFIRMED", "SUSPECT_ARRESTED").save();
        CheckCaseResult r = action.open(new CheckCaseRequest(arrest, 0, CaseRole.SUSPECT, null, null, "Boat pilot"));
        RoleLink link = t.app().roles().get(r.caseRoleId());
        assertThat(link.role()).isEqualTo(CaseRole.SUSPECT);
        assertThat(link.suspect().arrestStatus()).isEqualTo(ArrestStatus.Arrested);
        assertThat(link.suspect().arrestedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(link.suspect().arrestLocality()).isEqualTo("Puerto Leguízamo");
        assertThat(t.cases().get(r.caseId()).offences()).containsExactly(OffenceType.Other);
    }

    @Test
    void aVictimCheckOpensATraffickingCase() {
        UUID victim = f.check(control, Instant.parse("2026-03-01T09:00:00Z"))
                .person("Rosa", "Lima", LocalDate.of(2009, 3, 3), "Feminine", "PE", true)
                .outcome("NO_HIT", "VICTIM_IDENTIFIED").save();
        CheckCaseResult r = action.open(new CheckCaseRequest(victim, 0, CaseRole.VICTIM, null, null, "Girl on the boat"));
        assertThat(t.cases().get(r.caseId()).offences()).containsExactly(OffenceType.HumanTrafficking);
        assertThat(t.app().roles().get(r.caseRoleId()).minorAtIdentification()).isTrue();
    }

    @Test
    void doingItTwiceIsRefusedAndChangesNothing() {
        CheckCaseResult first = action.open(new CheckCaseRequest(migrantCheck, 0, CaseRole.SMUGGLED_MIGRANT, null, null, "T"));
        VigiaException twice = Refusals.refused(t, () -> action.open(new CheckCaseRequest(migrantCheck, 1,
                CaseRole.VICTIM, null, null, "Again")), VigiaException.class);
        assertThat(twice.key()).isEqualTo("checkview.error.alreadyOpened");
        assertThat(twice.args()).containsExactly(first.caseNumber());
        assertThat(action.draft(migrantCheck).caseRoleId()).isEqualTo(first.caseRoleId());
    }

    @Test
    void refusesBadInputAndChangesNothing() {
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> action.open(new CheckCaseRequest(migrantCheck, 0,
                CaseRole.WITNESS, null, null, "T"))), "role")).isEqualTo("checkview.error.role");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> action.open(new CheckCaseRequest(migrantCheck, 0,
                null, null, null, "T"))), "role")).isEqualTo("validation.required");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> action.open(new CheckCaseRequest(migrantCheck, 0,
                CaseRole.VICTIM, null, null, "  "))), "newCaseTitle")).isEqualTo("validation.required");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> action.open(new CheckCaseRequest(migrantCheck, 0,
                CaseRole.VICTIM, null, null, "x".repeat(201)))), "newCaseTitle")).isEqualTo("validation.tooLong");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> action.open(new CheckCaseRequest(null, 0,
                CaseRole.VICTIM, null, null, "T"))), "sourceCheck")).isEqualTo("validation.required");
        VigiaException unknown = Refusals.refused(t, () -> action.open(new CheckCaseRequest(UUID.randomUUID(), 0,
                CaseRole.VICTIM, null, null, "T")), VigiaException.class);
        assertThat(unknown.key()).isEqualTo("checkview.error.checkNotFound");
        Refusals.refused(t, () -> action.open(new CheckCaseRequest(migrantCheck, 3, CaseRole.VICTIM, null, null, "T")),
                ConflictException.class);
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> action.open(new CheckCaseRequest(migrantCheck, 0,
                CaseRole.VICTIM, UUID.randomUUID(), null, "T"))), "personId")).isEqualTo("error.role.noPerson");
    }

    @Test
    void aRefusalAfterThePersonWasWrittenRollsEverythingBack() {
        // the person is created first, then the (unknown) case is looked up: all is undone
        ValidationException e = Refusals.validation(t, () -> action.open(new CheckCaseRequest(migrantCheck, 0,
                CaseRole.VICTIM, null, UUID.randomUUID(), null)));
        assertThat(Refusals.onlyErrorKey(e, "caseId")).isEqualTo("error.role.noCase");
    }

    @Test
    void aCheckWithoutANameCannotMakeAPersonButMayLinkAnExistingOne() {
        UUID docOnly = f.check(control, Instant.parse("2026-03-01T10:00:00Z")).document("P1", "Passport", "EC").save();
        ValidationException e = Refusals.validation(t, () -> action.open(new CheckCaseRequest(docOnly, 0,
                CaseRole.SUSPECT, null, null, "T")));
        assertThat(Refusals.fields(e)).contains("familyNames");
        UUID deleted = f.check(control, Instant.parse("2026-03-01T10:05:00Z")).person("A", "B", null, null, null, null)
                .deleted().save();
        assertThat(Refusals.refused(t, () -> action.draft(deleted), VigiaException.class).key())
                .isEqualTo("checkview.error.checkNotFound");
    }

    @Test
    void needsCaseWrite() {
        t.signInAs("hq", Role.HQ_ANALYST);
        assertThat(action.draft(migrantCheck).person().familyNames()).isEqualTo("Pérez Gil");
        assertThatThrownBy(() -> action.open(new CheckCaseRequest(migrantCheck, 0, CaseRole.VICTIM, null, null, "T")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(action.draft(migrantCheck).caseRoleId()).isNull();
    }
}
