package org.vigia.service.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;
import static org.vigia.db.schema.Tables.JOURNEY_LEG;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.CaseRole;
import org.vigia.model.ConflictException;
import org.vigia.model.Conveyance;
import org.vigia.model.JourneyEventType;
import org.vigia.model.JourneyLeg;
import org.vigia.model.RoleLink;
import org.vigia.model.ValidationException;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** A person's journey in a case: legs in order of date then sequence, validated, tombstoned. */
class JourneyServiceTest {
    private final TestServices t = TestServices.withOffice();
    private final RoleFixture f = new RoleFixture(t);
    private RoleLink victim;

    @AfterEach
    void close() {
        t.close();
    }

    private JourneyLeg leg(JourneyEventType type, String country, LocalDate date) {
        return JourneyLeg.of(f.kase.id(), f.yuliana.id(), type, country, null, date, Conveyance.Land, null);
    }

    private JourneyService journeys() {
        if (victim == null) {
            victim = f.roles().add(f.link(f.yuliana.id(), CaseRole.VICTIM));
        }
        return f.journeys();
    }

    @Test
    void legsAreListedByDateThenSequenceUndatedLast() {
        JourneyLeg exploitation = journeys().add(leg(JourneyEventType.Exploitation, "pe", LocalDate.of(2026, 1, 20)));
        JourneyLeg undated = journeys().add(leg(JourneyEventType.Transit, "EC", null));
        JourneyLeg recruitment = journeys().add(new JourneyLeg(null, 0, f.kase.id(), f.yuliana.id(),
                JourneyEventType.Recruitment, "VE", " Maracaibo ", LocalDate.of(2025, 12, 1), Conveyance.OnFoot,
                "Met the recruiter\nat a bakery ", 0, null, null));
        JourneyLeg busSameDay = journeys().add(leg(JourneyEventType.Transit, "CO", LocalDate.of(2026, 1, 5)));
        JourneyLeg planeSameDay = journeys().add(leg(JourneyEventType.Transit, "CO", LocalDate.of(2026, 1, 5)));

        List<JourneyLeg> legs = journeys().legs(f.kase.id(), f.yuliana.id());

        assertThat(legs).extracting(JourneyLeg::id).containsExactly(recruitment.id(), busSameDay.id(), planeSameDay.id(),
                exploitation.id(), undated.id());
        assertThat(legs).extracting(JourneyLeg::sequence).containsExactly(3, 4, 5, 1, 2);
        assertThat(legs.get(0)).satisfies(l -> {
            assertThat(l.place()).isEqualTo("Maracaibo");
            assertThat(l.notes()).isEqualTo("Met the recruiter\nat a bakery");
            assertThat(l.conveyance()).isEqualTo(Conveyance.OnFoot);
            assertThat(l.type()).isEqualTo(JourneyEventType.Recruitment);
            assertThat(l.updatedBy()).isEqualTo("ana");
        });
        assertThat(legs.get(3).country()).isEqualTo("PE");

        // the plane leg moved before the bus leg of the same day
        JourneyLeg moved = journeys().update(new JourneyLeg(planeSameDay.id(), planeSameDay.version(), f.kase.id(),
                f.yuliana.id(), JourneyEventType.Transit, "CO", "Bogotá El Dorado", planeSameDay.date(), Conveyance.Air,
                null, 3, null, null));
        assertThat(moved.version()).isEqualTo(1);
        assertThat(journeys().legs(f.kase.id(), f.yuliana.id())).extracting(JourneyLeg::id).startsWith(recruitment.id(),
                planeSameDay.id(), busSameDay.id());
        assertThat(journeys().legs(f.kase.id(), f.luis.id())).isEmpty();
    }

    @Test
    void updateWithSequenceZeroKeepsTheOrderAndRemoveIsATombstone() {
        JourneyLeg first = journeys().add(leg(JourneyEventType.Recruitment, "VE", null));
        JourneyLeg second = journeys().add(leg(JourneyEventType.Transit, "CO", null));
        JourneyLeg edited = journeys().update(new JourneyLeg(first.id(), 0, f.kase.id(), f.yuliana.id(),
                JourneyEventType.Recruitment, "VE", "Caracas", null, null, null, 0, null, null));
        assertThat(edited.sequence()).isEqualTo(1);
        assertThat(edited.conveyance()).isNull();

        journeys().remove(second.id(), second.version());
        assertThat(journeys().legs(f.kase.id(), f.yuliana.id())).extracting(JourneyLeg::id).containsExactly(first.id());
        assertThat(t.dsl().fetchCount(JOURNEY_LEG)).isEqualTo(2);
        assertThat(t.dsl().select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("journey_leg"))
                .orderBy(AUDIT_EVENT.SEQ).fetch(AUDIT_EVENT.ACTION))
                .containsExactly("JOURNEY_LEG_ADD", "JOURNEY_LEG_ADD", "JOURNEY_LEG_UPDATE", "JOURNEY_LEG_REMOVE");
        assertThat(Refusals.refused(t, () -> journeys().update(first), ConflictException.class)).isNotNull();
        assertThat(Refusals.refused(t, () -> journeys().remove(second.id(), 1),
                org.vigia.model.VigiaException.class).key()).isEqualTo("error.journey.notFound");
    }

    @Test
    void badLegsAreRefusedOnTheirFieldAndChangeNothing() {
        journeys();
        LocalDate future = TestServices.TODAY.plusDays(1);
        ValidationException e = Refusals.validation(t, () -> journeys().add(new JourneyLeg(null, 0, f.kase.id(),
                f.yuliana.id(), null, "XX", "p".repeat(121), future, null, "n".repeat(2001), -1, null, null)));
        assertThat(Refusals.fields(e)).containsExactly("eventType", "country", "place", "legDate", "notes", "sequence");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> journeys().add(
                leg(JourneyEventType.Transit, "CO", LocalDate.of(1899, 1, 1)))), "legDate")).isEqualTo("validation.dateRange");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> journeys().add(
                JourneyLeg.of(f.kase.id(), f.luis.id(), JourneyEventType.Transit, "CO", null, null, null, null))), "personId"))
                .isEqualTo("error.journey.personNotInCase");
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> journeys().add(
                JourneyLeg.of(UUID.randomUUID(), f.yuliana.id(), JourneyEventType.Transit, "CO", null, null, null, null))),
                "caseId")).isEqualTo("error.role.noCase");
        JourneyLeg saved = journeys().add(leg(JourneyEventType.Transit, "CO", null));
        assertThat(Refusals.onlyErrorKey(Refusals.validation(t, () -> journeys().update(new JourneyLeg(saved.id(),
                saved.version(), f.kase.id(), f.luis.id(), JourneyEventType.Transit, "CO", null, null, null, null, 0,
                null, null))), "personId")).isEqualTo("error.journey.fixed");
    }

    @Test
    void theJourneyGoesWithThePersonsLastRoleInTheCase() {
        journeys().add(leg(JourneyEventType.Recruitment, "VE", null));
        RoleLink witness = f.roles().add(f.link(f.yuliana.id(), CaseRole.WITNESS));
        f.roles().remove(witness.id(), witness.version());
        assertThat(f.journeys().legs(f.kase.id(), f.yuliana.id())).as("a role remains").hasSize(1);

        f.roles().remove(victim.id(), victim.version());
        assertThat(f.journeys().legs(f.kase.id(), f.yuliana.id())).isEmpty();
        assertThat(t.dsl().select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(1)
                .fetchSingle(AUDIT_EVENT.SUMMARY)).isEqualTo("case_role " + victim.id() + " removed, journey legs removed: 1");
    }
}
