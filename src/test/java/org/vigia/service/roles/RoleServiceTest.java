package org.vigia.service.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;
import static org.vigia.db.schema.Tables.CASE_ROLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.CaseFile;
import org.vigia.model.CasePerson;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.ConflictException;
import org.vigia.model.Gender;
import org.vigia.model.MigrantDetails;
import org.vigia.model.OffenceType;
import org.vigia.model.PersonCaseRole;
import org.vigia.model.RoleLink;
import org.vigia.model.SuspectDetails;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** Role links on a real H2 database: every role's fields round-trip; links list both ways. */
class RoleServiceTest {
    private final TestServices t = TestServices.withOffice();
    private final RoleFixture f = new RoleFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aSuspectsFieldsRoundTripNormalised() {
        RoleLink saved = f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT).withNote("Driver of the van  \n")
                .withSuspect(RoleFixture.suspect()));

        RoleLink read = f.roles().get(saved.id());
        assertThat(read).isEqualTo(saved);
        assertThat(read.version()).isZero();
        assertThat(read.role()).isEqualTo(CaseRole.SUSPECT);
        assertThat(read.note()).isEqualTo("Driver of the van");
        SuspectDetails s = read.suspect();
        SuspectDetails typed = RoleFixture.suspect();
        assertThat(s).isEqualTo(new SuspectDetails(typed.arrestStatus(), typed.arrestedOn(), "CO", "Cúcuta",
                typed.charges(), typed.processRoles(), typed.criminalGroup(), typed.notice(), typed.noticeReference(),
                "PE"));
        assertThat(read.victim()).isNull();
        assertThat(read.migrant()).isNull();
        assertThat(read.classification()).isNull();
        assertThat(read.minorAtIdentification()).isNull();
        assertThat(read.updatedBy()).isEqualTo(TestServices.USER);
        // several codes are stored as their HTCDS identifiers, in declared order
        assertThat(t.dsl().select(CASE_ROLE.CHARGES, CASE_ROLE.PROCESS_ROLES).from(CASE_ROLE).fetchSingle())
                .satisfies(r -> {
                    assertThat(r.value1()).containsExactly("HumanTrafficking", "DocumentFraud");
                    assertThat(r.value2()).containsExactly("Transporter", "RecruiterOrIntermediary");
                });
    }

    @Test
    void aVictimsFieldsRoundTrip() {
        RoleLink saved = f.roles().add(f.link(f.yuliana.id(), CaseRole.VICTIM).withVictim(RoleFixture.victim()));

        RoleLink read = f.roles().get(saved.id());
        assertThat(read.victim()).isEqualTo(RoleFixture.victim());
        assertThat(read.classification()).isEqualTo(Classification.POSSIBLE_VICTIM);
        assertThat(read.suspect()).isNull();
        assertThat(read.migrant()).isNull();
        assertThat(t.dsl().select(CASE_ROLE.TRAFFICKING_STATUS, CASE_ROLE.LABOUR_INDUSTRY).from(CASE_ROLE).fetchSingle()
                .intoList()).containsExactly("PossibleVictimOfTrafficking", "I_AccommodationAndFoodServiceActivities");
    }

    @Test
    void aSmuggledMigrantsFieldsRoundTrip() {
        RoleLink read = f.roles().get(f.addMigrant(f.luis).id());

        assertThat(read.migrant()).isEqualTo(new MigrantDetails("PA", "Darién - Bajo Chiquito",
                LocalDate.of(2026, 2, 20), new BigDecimal("2700.5"), "USD", "US"));
        assertThat(read.classification()).isEqualTo(Classification.SMUGGLED_MIGRANT);
        assertThat(read.victim()).isNull();
        assertThat(f.roles().history(read.id())).as("only a victim status starts the history").isEmpty();
    }

    @Test
    void witnessAndOtherCarryANoteAndEmptyDetailsComeBackAsNull() {
        RoleLink witness = f.roles().add(f.link(f.luis.id(), CaseRole.WITNESS).withNote("Saw the bus\nat 3 am"));
        RoleLink other = f.roles().add(f.link(f.yuliana.id(), CaseRole.OTHER).withNote(" "));
        assertThat(f.roles().get(witness.id()).note()).isEqualTo("Saw the bus\nat 3 am");
        assertThat(f.roles().get(other.id()).note()).isNull();
        assertThat(f.roles().get(other.id())).extracting(RoleLink::suspect, RoleLink::victim, RoleLink::migrant)
                .containsOnlyNulls();
        // a victim link without details still gets its (empty) victim part, so a form can fill it
        RoleLink victim = f.roles().add(f.link(f.luis.id(), CaseRole.VICTIM));
        assertThat(victim.victim()).isEqualTo(new org.vigia.model.VictimDetails(null, null, null, null, null, null,
                null, null, null, null, null, null, null, null));
        assertThat(victim.classification()).isNull();
    }

    @Test
    void samePersonSameRoleSameCaseIsRefusedButTwoRolesAndTwoCasesAreFine() {
        f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT));
        ValidationException e = Refusals.validation(t, () -> f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT)
                .withNote("again")));
        assertThat(Refusals.onlyErrorKey(e, "role")).isEqualTo("error.role.duplicate");

        f.roles().add(f.link(f.luis.id(), CaseRole.WITNESS));
        CaseFile other = t.cases().create(CaseDraft.valid().title("Second case").build());
        f.roles().add(RoleLink.of(other.id(), f.luis.id(), CaseRole.SUSPECT, null));
        assertThat(f.roles().rolesOfPerson(f.luis.id())).hasSize(3);
    }

    @Test
    void aRemovedLinkIsATombstoneAuditedAndTheRoleCanBeAddedAgain() {
        RoleLink link = f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT));
        f.roles().remove(link.id(), link.version());

        assertThat(t.dsl().select(CASE_ROLE.DELETED_AT, CASE_ROLE.VERSION).from(CASE_ROLE)
                .where(CASE_ROLE.ID.eq(link.id())).fetchSingle()).satisfies(r -> {
                    assertThat(r.value1()).isNotNull();
                    assertThat(r.value2()).isEqualTo(1);
                });
        assertThat(catchThrowable(() -> f.roles().get(link.id()))).isInstanceOf(VigiaException.class)
                .extracting(x -> ((VigiaException) x).key()).isEqualTo("error.role.notFound");
        assertThat(f.roles().rolesInCase(f.kase.id())).isEmpty();
        assertThat(f.roles().rolesOfPerson(f.luis.id())).isEmpty();
        assertThat(lastAudit()).isEqualTo("CASE_ROLE_REMOVE case_role " + link.id() + " removed");
        RoleLink again = f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT));
        assertThat(again.id()).isNotEqualTo(link.id());
        assertThat(catchThrowable(() -> f.roles().remove(link.id(), 1))).isInstanceOf(VigiaException.class);
    }

    @Test
    void anUpdateSavesTheFieldsAndAStaleCopyIsRefused() {
        RoleLink saved = f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT).withSuspect(RoleFixture.suspect()));
        SuspectDetails s = saved.suspect();
        RoleLink changed = f.roles().update(saved.withNote("Released on bail").withSuspect(new SuspectDetails(
                org.vigia.model.ArrestStatus.Released, s.arrestedOn(), s.arrestCountry(), s.arrestLocality(),
                EnumSet.of(OffenceType.MigrantSmuggling), s.processRoles(), null, null, null, null)));

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.note()).isEqualTo("Released on bail");
        assertThat(changed.suspect().charges()).containsExactly(OffenceType.MigrantSmuggling);
        assertThat(changed.suspect().notice()).isNull();
        assertThat(f.roles().get(saved.id())).isEqualTo(changed);
        assertThat(Refusals.refused(t, () -> f.roles().update(saved.withNote("stale")), ConflictException.class)
                .args()).containsExactly(f.kase.number());
        assertThat(Refusals.refused(t, () -> f.roles().remove(saved.id(), 0), ConflictException.class)).isNotNull();
    }

    @Test
    void anUpdateKeepsCasePersonRoleAndStatusThoseChangeOtherwise() {
        RoleLink suspect = f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT));
        RoleLink asWitness = new RoleLink(suspect.id(), suspect.version(), suspect.caseId(), suspect.personId(),
                CaseRole.WITNESS, null, null, null, null, null, null, null);
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.roles().update(asWitness)), "role"))
                .isEqualTo("error.role.fixed");
        RoleLink otherPerson = new RoleLink(suspect.id(), suspect.version(), suspect.caseId(), f.yuliana.id(),
                CaseRole.SUSPECT, null, null, null, null, null, null, null);
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.roles().update(otherPerson)), "role"))
                .isEqualTo("error.role.fixed");

        RoleLink victim = f.roles().add(f.link(f.yuliana.id(), CaseRole.VICTIM).withVictim(RoleFixture.victim()));
        RoleLink actual = victim.withVictim(victim.victim().withStatus(TraffickingStatus.ActualVictimOfTrafficking,
                RoleFixture.POLICE, victim.victim().decidedOn()));
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.roles().update(actual)), "traffickingStatus"))
                .isEqualTo("error.role.useReclassify");
    }

    @Test
    void aPersonsCasesAndRolesNewestCaseFirst() {
        CaseFile older = t.cases().create(CaseDraft.valid().title("Older case").openedOn(LocalDate.of(2025, 5, 1)).build());
        RoleLink inOlder = f.roles().add(RoleLink.of(older.id(), f.yuliana.id(), CaseRole.WITNESS, null));
        RoleLink migrant = f.addMigrant(f.yuliana);
        RoleLink suspect = f.roles().add(f.link(f.yuliana.id(), CaseRole.SUSPECT));
        f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT));

        List<PersonCaseRole> roles = f.roles().rolesOfPerson(f.yuliana.id());

        assertThat(roles).containsExactly(
                new PersonCaseRole(suspect.id(), f.kase.id(), f.kase.number(), f.kase.title(), CaseRole.SUSPECT, null),
                new PersonCaseRole(migrant.id(), f.kase.id(), f.kase.number(), f.kase.title(),
                        CaseRole.SMUGGLED_MIGRANT, Classification.SMUGGLED_MIGRANT),
                new PersonCaseRole(inOlder.id(), older.id(), older.number(), "Older case", CaseRole.WITNESS, null));
        t.cases().delete(older.id(), older.version());
        assertThat(f.roles().rolesOfPerson(f.yuliana.id())).as("deleted cases are left out").hasSize(2);
    }

    @Test
    void aCasesPeopleWithTheirSummaryByRoleThenName() {
        RoleLink victim = f.roles().add(f.link(f.yuliana.id(), CaseRole.VICTIM).withVictim(RoleFixture.victim()));
        RoleLink suspect = f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT));
        var ana = f.person("Ana", "Alba", null);
        RoleLink witness = f.roles().add(f.link(ana.id(), CaseRole.WITNESS));
        RoleLink luisWitness = f.roles().add(f.link(f.luis.id(), CaseRole.WITNESS));

        List<CasePerson> people = f.roles().rolesInCase(f.kase.id());

        assertThat(people).extracting(p -> p.link().id())
                .containsExactly(suspect.id(), victim.id(), witness.id(), luisWitness.id());
        assertThat(people.get(0)).satisfies(p -> {
            assertThat(p.personId()).isEqualTo(f.luis.id());
            assertThat(p.fullName()).isEqualTo("Luis Peña");
            assertThat(p.masked()).isFalse();
            assertThat(p.gender()).isEqualTo(Gender.Feminine);
            assertThat(p.birthYear()).isEqualTo(1980);
            assertThat(p.minor()).isFalse();
        });
        assertThat(people.get(1)).satisfies(p -> {
            assertThat(p.fullName()).as("a victim: her pseudonym")
                    .isEqualTo(org.vigia.model.Pseudonym.of(f.yuliana.id(), "Yuliana", "Ortiz Beltrán"));
            assertThat(p.masked()).isTrue();
            assertThat(p.minor()).as("17 on the identification date").isTrue();
            assertThat(p.link().minorAtIdentification()).isTrue();
            assertThat(p.link()).isEqualTo(f.roles().get(victim.id()));
        });
        assertThat(people.get(2).minor()).as("no birth date nor age").isNull();
        assertThat(f.roles().rolesInCase(java.util.UUID.randomUUID())).isEmpty();
    }

    @Test
    void auditEventsNameLinksByIdNeverByName() {
        RoleLink link = f.roles().add(f.link(f.yuliana.id(), CaseRole.VICTIM).withNote("Yuliana told us")
                .withVictim(RoleFixture.victim()));
        f.roles().update(link.withNote("Ortiz again"));
        f.roles().reclassify(link.id(), 1, Classification.ACTUAL_VICTIM, RoleFixture.POLICE,
                LocalDate.of(2026, 3, 10), "Yuliana Ortiz confirmed the debt");

        List<String> events = t.dsl().select(AUDIT_EVENT.ACTION, AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("case_role")).orderBy(AUDIT_EVENT.SEQ)
                .fetch(r -> r.value1() + " " + r.value2());
        assertThat(events).containsExactly(
                "CASE_ROLE_ADD case_role " + link.id() + " added: person " + f.yuliana.id() + " as VICTIM in case "
                        + f.kase.id() + " (POSSIBLE_VICTIM)",
                "CASE_ROLE_UPDATE case_role " + link.id() + " changed",
                "CASE_ROLE_RECLASSIFY case_role " + link.id() + " reclassified POSSIBLE_VICTIM -> ACTUAL_VICTIM by Police");
        assertThat(t.dsl().select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT).fetch(AUDIT_EVENT.SUMMARY))
                .noneMatch(s -> s.contains("Yuliana") || s.contains("Ortiz"));
        assertThat(t.audit().verify().ok()).isTrue();
    }

    private String lastAudit() {
        return t.dsl().select(AUDIT_EVENT.ACTION, AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc())
                .limit(1).fetchSingle(r -> r.value1() + " " + r.value2());
    }
}
