package org.vigia.service.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.CASE_ROLE_RECLASSIFICATION;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.ConflictException;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.Reclassification;
import org.vigia.model.Role;
import org.vigia.model.RoleLink;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.ValidationException;
import org.vigia.testing.MutableClock;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** Smuggled migrant to possible victim to actual victim, and back: each decision kept with who, when and why. */
class ReclassificationTest {
    private final MutableClock clock = new MutableClock(TestServices.NOW);
    private final TestServices t = TestServices.withOffice(clock);
    private final RoleFixture f = new RoleFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void migrantToPossibleToActualVictimAndBackKeepsEveryDecision() {
        RoleLink migrant = f.addMigrant(f.yuliana);

        RoleLink possible = f.roles().reclassify(migrant.id(), 0, Classification.POSSIBLE_VICTIM,
                DecidingOrganization.Police, LocalDate.of(2026, 3, 1), "Debt of USD 3,000 to the smugglers");
        assertThat(possible.role()).isEqualTo(CaseRole.VICTIM);
        assertThat(possible.classification()).isEqualTo(Classification.POSSIBLE_VICTIM);
        assertThat(possible.victim().decidedBy()).isEqualTo(DecidingOrganization.Police);
        assertThat(possible.victim().decidedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(possible.migrant()).as("the detection stays on record").isEqualTo(f.roles().get(migrant.id()).migrant())
                .isNotNull();
        assertThat(possible.version()).isEqualTo(1);

        clock.advance(Duration.ofHours(2));
        t.signInAs("ines", Role.INVESTIGATOR);
        RoleLink actual = f.roles().reclassify(migrant.id(), 1, Classification.ACTUAL_VICTIM,
                DecidingOrganization.CourtOrProsecution, LocalDate.of(2026, 3, 14), "Prosecutor's decision 44/2026");
        assertThat(actual.victim().status()).isEqualTo(TraffickingStatus.ActualVictimOfTrafficking);

        clock.advance(Duration.ofDays(1));
        RoleLink back = f.roles().reclassify(migrant.id(), 2, Classification.SMUGGLED_MIGRANT,
                DecidingOrganization.CourtOrProsecution, LocalDate.of(2026, 3, 15), "Decision quashed on appeal");
        assertThat(back.role()).isEqualTo(CaseRole.SMUGGLED_MIGRANT);
        assertThat(back.classification()).isEqualTo(Classification.SMUGGLED_MIGRANT);
        assertThat(back.victim()).as("nothing but the status was known of the victim").isNull();
        assertThat(back.migrant()).isEqualTo(migrant.migrant());

        List<Reclassification> history = f.roles().history(migrant.id());
        assertThat(history).extracting(Reclassification::from, Reclassification::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Classification.SMUGGLED_MIGRANT, Classification.POSSIBLE_VICTIM),
                org.assertj.core.groups.Tuple.tuple(Classification.POSSIBLE_VICTIM, Classification.ACTUAL_VICTIM),
                org.assertj.core.groups.Tuple.tuple(Classification.ACTUAL_VICTIM, Classification.SMUGGLED_MIGRANT));
        assertThat(history).extracting(Reclassification::changedBy).containsExactly("ana", "ines", "ines");
        assertThat(history).extracting(Reclassification::changedAt).containsExactly(TestServices.NOW,
                TestServices.NOW.plus(Duration.ofHours(2)), TestServices.NOW.plus(Duration.ofHours(2)).plus(Duration.ofDays(1)));
        assertThat(history).extracting(Reclassification::reason).containsExactly("Debt of USD 3,000 to the smugglers",
                "Prosecutor's decision 44/2026", "Decision quashed on appeal");
        assertThat(history).extracting(Reclassification::decidedBy).containsExactly(DecidingOrganization.Police,
                DecidingOrganization.CourtOrProsecution, DecidingOrganization.CourtOrProsecution);
        assertThat(history).extracting(Reclassification::decidedOn).containsExactly(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15));
        assertThat(history).allSatisfy(h -> assertThat(h.linkId()).isEqualTo(migrant.id()));
        // stored as HTCDS identifiers
        assertThat(t.dsl().select(CASE_ROLE_RECLASSIFICATION.TO_ROLE, CASE_ROLE_RECLASSIFICATION.TO_STATUS)
                .from(CASE_ROLE_RECLASSIFICATION).orderBy(CASE_ROLE_RECLASSIFICATION.SEQ_NO).limit(1).fetchSingle().intoList())
                .containsExactly("VICTIM", "PossibleVictimOfTrafficking");
    }

    @Test
    void aLinkCreatedWithAVictimStatusStartsItsHistory() {
        RoleLink victim = f.roles().add(f.link(f.yuliana.id(), CaseRole.VICTIM).withVictim(RoleFixture.victim()));

        assertThat(f.roles().history(victim.id())).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.to()).isEqualTo(Classification.POSSIBLE_VICTIM);
            assertThat(h.decidedBy()).isEqualTo(DecidingOrganization.Police);
            assertThat(h.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(h.changedBy()).isEqualTo("ana");
        });
        f.roles().reclassify(victim.id(), 0, Classification.NOT_A_VICTIM, DecidingOrganization.NGO,
                LocalDate.of(2026, 3, 5), "Worked freely, kept her papers");
        assertThat(f.roles().history(victim.id())).extracting(Reclassification::to)
                .containsExactly(Classification.POSSIBLE_VICTIM, Classification.NOT_A_VICTIM);
    }

    @Test
    void aReasonAndTheDecisionAreRequiredAndNothingChangesWithout() {
        RoleLink migrant = f.addMigrant(f.yuliana);

        ValidationException e = Refusals.validation(t, () -> f.roles().reclassify(migrant.id(), 0,
                Classification.POSSIBLE_VICTIM, null, null, " \n"));
        assertThat(Refusals.fields(e)).containsExactly("decidedBy", "decidedOn", "reason");
        assertThat(Refusals.validation(t, () -> f.roles().reclassify(migrant.id(), 0, null, RoleFixture.POLICE,
                TestServices.TODAY, "x")).hasErrorOn("classification")).isTrue();
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.roles().reclassify(migrant.id(), 0,
                Classification.POSSIBLE_VICTIM, RoleFixture.POLICE, TestServices.TODAY.plusDays(1), "x")), "decidedOn"))
                .isEqualTo("validation.future");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.roles().reclassify(migrant.id(), 0,
                Classification.POSSIBLE_VICTIM, RoleFixture.POLICE, TestServices.TODAY, "x".repeat(2001))), "reason"))
                .isEqualTo("validation.tooLong");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.roles().reclassify(migrant.id(), 0,
                Classification.SMUGGLED_MIGRANT, RoleFixture.POLICE, TestServices.TODAY, "same")), "classification"))
                .isEqualTo("error.role.sameClassification");
        assertThat(f.roles().history(migrant.id())).isEmpty();
    }

    @Test
    void onlyMigrantsAndVictimsAreReclassifiedAndNeverIntoADuplicate() {
        RoleLink suspect = f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT));
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.roles().reclassify(suspect.id(), 0,
                Classification.POSSIBLE_VICTIM, RoleFixture.POLICE, TestServices.TODAY, "why")), "classification"))
                .isEqualTo("error.role.notReclassifiable");

        f.roles().add(f.link(f.yuliana.id(), CaseRole.VICTIM));
        RoleLink migrant = f.addMigrant(f.yuliana);
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> f.roles().reclassify(migrant.id(), 0,
                Classification.POSSIBLE_VICTIM, RoleFixture.POLICE, TestServices.TODAY, "why")), "role"))
                .isEqualTo("error.role.duplicate");
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() {
        RoleLink migrant = f.addMigrant(f.yuliana);
        f.roles().update(migrant.withNote("seen again"));

        Refusals.refused(t, () -> f.roles().reclassify(migrant.id(), 0, Classification.POSSIBLE_VICTIM,
                RoleFixture.POLICE, TestServices.TODAY, "why"), ConflictException.class);
        assertThat(t.dsl().select(CASE_ROLE.ROLE).from(CASE_ROLE).where(CASE_ROLE.ID.eq(migrant.id())).fetchOne(CASE_ROLE.ROLE)).isEqualTo("SMUGGLED_MIGRANT");
    }
}
