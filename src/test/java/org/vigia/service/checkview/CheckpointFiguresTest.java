package org.vigia.service.checkview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigia.db.schema.Tables;
import org.vigia.model.CheckLine;
import org.vigia.model.CheckpointCounts;
import org.vigia.model.CheckpointRange;
import org.vigia.model.CheckpointTotals;
import org.vigia.model.ControlFigures;
import org.vigia.model.NotPermittedException;
import org.vigia.model.PointFigures;
import org.vigia.model.Role;
import org.vigia.model.ValidationException;
import org.vigia.testing.CheckpointFixture;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** The checkpoint figures over a known data set: counted checks and tallies apart, breakdowns, range edges. */
class CheckpointFiguresTest {
    private TestServices t;
    private CheckpointFixture f;
    private CheckpointFigures figures;
    private UUID opA;
    private UUID opB;
    private UUID river;
    private UUID airport;
    private UUID riverDay1;
    private UUID riverDay2;
    private UUID airportControl;

    static Instant at(String s) {
        return Instant.parse(s);
    }

    @BeforeEach
    void setUp() {
        t = TestServices.withOffice();
        f = new CheckpointFixture(t.app());
        figures = t.app().checkpointFigures();
        opA = t.operations().save(OperationDraft.valid("RIO-1").build()).id();
        opB = t.operations().save(OperationDraft.valid("AIR-2").build()).id();
        river = f.point("RIVER", "Puerto Leguízamo pier", "CO", "Puerto Leguízamo");
        airport = f.point("AIRPORT", "El Dorado", "CO", "Bogotá");
        // river, op A, 1 March: 5 counted checks (one deleted) and a tally of 850 persons
        riverDay1 = f.control(opA, river, at("2026-03-01T06:00:00Z"), at("2026-03-01T14:00:00Z"));
        f.check(riverDay1, at("2026-03-01T07:00:00Z")).person("María", "Pérez", LocalDate.of(1990, 1, 2), "Feminine", "VE", false)
                .outcome("NO_HIT", "IRREGULAR_MIGRANT").save();
        f.check(riverDay1, at("2026-03-01T07:05:00Z")).person("Ana", "Gil", LocalDate.of(2010, 5, 5), "Feminine", "VE", true)
                .document("VE123", "Passport", "VE").outcome("NO_HIT", "IRREGULAR_MIGRANT").save();
        f.check(riverDay1, at("2026-03-01T07:10:00Z")).person("Luis", "Soto", null, "Masculine", "EC", null)
                .outcome("NO_HIT", "IRREGULAR_MIGRANT").save();
        f.check(riverDay1, at("2026-03-01T07:20:00Z")).document("CO999", "Passport", "CO")
                .outcome("HIT_CONFIRMED", "SUSPECT_ARRESTED").save();
        f.check(riverDay1, at("2026-03-01T07:30:00Z")).person("Gone", "Deleted", null, "Masculine", "PE", false)
                .outcome("HIT_CONFIRMED", "IRREGULAR_MIGRANT").deleted().save();
        f.tally(riverDay1, 850, 400, 0);
        UUID deletedTally = f.tally(riverDay1, 1000, 1000, 3);
        f.delete(Tables.CHECK_TALLY, deletedTally);
        // river, op A, 2 March: a victim, a watch-list hit (late, open), a tally with hits
        riverDay2 = f.control(opA, river, at("2026-03-02T23:59:00Z"), at("2026-03-03T06:00:00Z"));
        UUID victimCheck = f.check(riverDay2, at("2026-03-03T00:10:00Z"))
                .person("Rosa", "Lima", LocalDate.of(2001, 3, 3), "Feminine", "PE", false)
                .outcome("NO_HIT", "VICTIM_IDENTIFIED").save();
        UUID version = f.listVersion("Wanted persons", "PERSONS", "2026.1", LocalDate.of(2026, 2, 1));
        f.personHit(victimCheck, version, "Rosa", "Lima", LocalDate.of(2001, 3, 3), true, "OPEN");
        f.tally(riverDay2, 120, 0, 2);
        // airport, op B, 2 March: a check with a pending hit, a confirmed watch-list hit on another
        airportControl = f.control(opB, airport, at("2026-03-02T08:00:00Z"), at("2026-03-02T16:00:00Z"));
        f.check(airportControl, at("2026-03-02T09:00:00Z")).person("Juan", "Ruiz", null, null, null, null)
                .document("X1", "Passport", "CO").outcome("HIT_PENDING", "REFERRED").save();
        UUID docCheck = f.check(airportControl, at("2026-03-02T09:10:00Z")).document("P77", "Passport", "VE").save();
        UUID docs = f.listVersion("Stolen documents", "DOCUMENTS", "7", LocalDate.of(2026, 1, 1));
        f.documentHit(docCheck, docs, "P77", "Passport", "VE", false, "CONFIRMED");
        // outside the range: 3 March 00:00 exactly, and a deleted control inside it
        UUID later = f.control(opA, river, at("2026-03-03T00:00:00Z"), at("2026-03-03T08:00:00Z"));
        f.check(later, at("2026-03-03T01:00:00Z")).person("Late", "Comer", null, null, "CO", false).save();
        f.tally(later, 5, 5, 0);
        UUID deletedControl = f.control(opA, airport, at("2026-03-01T10:00:00Z"), at("2026-03-01T12:00:00Z"));
        f.check(deletedControl, at("2026-03-01T10:30:00Z")).person("No", "Body", null, null, "CO", false).save();
        f.delete(Tables.CHECKPOINT_CONTROL, deletedControl);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private static CheckpointRange march1to2(UUID op) {
        return new CheckpointRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), op);
    }

    @Test
    void countsChecksAndTalliesApartPerTransitPoint() {
        List<PointFigures> points = figures.points(march1to2(null));
        assertThat(points).extracting(PointFigures::name).containsExactly("El Dorado", "Puerto Leguízamo pier");
        PointFigures riverPoint = points.get(1);
        assertThat(riverPoint.pointType()).isEqualTo("RIVER");
        assertThat(riverPoint.controls()).isEqualTo(2);
        CheckpointCounts c = riverPoint.counts();
        assertThat(c.checks()).isEqualTo(5);
        assertThat(c.persons()).isEqualTo(4);
        assertThat(c.documents()).isEqualTo(2);
        assertThat(c.talliedPersons()).as("tallied, never merged into counted").isEqualTo(970);
        assertThat(c.talliedDocuments()).isEqualTo(400);
        assertThat(c.talliedHits()).isEqualTo(2);
        assertThat(c.tallies()).isEqualTo(2);
        assertThat(c.hits()).as("the confirmed result and the late watch-list hit").isEqualTo(2);
        assertThat(c.hitsConfirmed()).isEqualTo(1);
        assertThat(c.irregularMigrants()).isEqualTo(3);
        assertThat(c.victims()).isEqualTo(1);
        assertThat(c.arrests()).isEqualTo(1);
    }

    @Test
    void breaksIrregularMigrantsDownByNationalitySexAndMinor() {
        CheckpointCounts c = figures.points(march1to2(null)).get(1).counts();
        assertThat(c.migrants().byNationality()).containsExactly(Map.entry("VE", 2L), Map.entry("EC", 1L));
        assertThat(c.migrants().bySex()).containsExactly(Map.entry("Feminine", 2L), Map.entry("Masculine", 1L));
        assertThat(c.migrants().minors()).isEqualTo(1);
        assertThat(c.migrants().adults()).isEqualTo(1);
        assertThat(c.migrants().minorUnknown()).isEqualTo(1);
        assertThat(c.migrants().total()).isEqualTo(3);
    }

    @Test
    void listsTheControlsOfAPointWithTheirOwnFigures() {
        List<ControlFigures> controls = figures.controls(march1to2(null), river);
        assertThat(controls).extracting(ControlFigures::controlId).containsExactly(riverDay1, riverDay2);
        assertThat(controls.get(0).operationCode()).isEqualTo("RIO-1");
        assertThat(controls.get(0).counts().checks()).isEqualTo(4);
        assertThat(controls.get(0).counts().talliedPersons()).isEqualTo(850);
        assertThat(controls.get(0).counts().arrests()).isEqualTo(1);
        assertThat(controls.get(1).counts().checks()).isEqualTo(1);
        assertThat(controls.get(1).counts().hits()).isEqualTo(1);
        assertThat(controls.get(1).counts().talliedHits()).isEqualTo(2);
        assertThat(controls.get(1).counts().migrants().total()).isZero();
    }

    @Test
    void totalsOfTheRange() {
        CheckpointTotals all = figures.totals(march1to2(null));
        assertThat(all.points()).isEqualTo(2);
        assertThat(all.controls()).isEqualTo(3);
        assertThat(all.counts().checks()).isEqualTo(7);
        assertThat(all.counts().persons()).isEqualTo(5);
        assertThat(all.counts().documents()).isEqualTo(4);
        assertThat(all.counts().hits()).as("confirmed, late watch hit, pending, confirmed watch hit").isEqualTo(4);
        assertThat(all.counts().hitsConfirmed()).isEqualTo(2);
        assertThat(all.counts().talliedPersons()).isEqualTo(970);
        assertThat(all.counts().irregularMigrants()).isEqualTo(3);
    }

    @Test
    void rangeEdgesCountByTheDayTheShiftStarts() {
        CheckpointTotals firstDay = figures.totals(new CheckpointRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), null));
        assertThat(firstDay.controls()).isEqualTo(1);
        CheckpointTotals secondDay = figures.totals(new CheckpointRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), null));
        assertThat(secondDay.controls()).as("23:59 on the 2nd is in, 00:00 on the 3rd is not").isEqualTo(2);
        CheckpointTotals third = figures.totals(new CheckpointRange(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3), null));
        assertThat(third.controls()).isEqualTo(1);
        assertThat(third.counts().checks()).isEqualTo(1);
        assertThat(third.counts().talliedPersons()).isEqualTo(5);
        CheckpointTotals none = figures.totals(new CheckpointRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null));
        assertThat(none.points()).isZero();
        assertThat(none.counts()).isEqualTo(CheckpointCounts.NONE);
        assertThat(figures.points(new CheckpointRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null))).isEmpty();
    }

    @Test
    void filtersByOperation() {
        List<PointFigures> b = figures.points(march1to2(opB));
        assertThat(b).extracting(PointFigures::name).containsExactly("El Dorado");
        assertThat(b.get(0).counts().checks()).isEqualTo(2);
        assertThat(b.get(0).counts().hits()).isEqualTo(2);
        CheckpointTotals a = figures.totals(march1to2(opA));
        assertThat(a.points()).isEqualTo(1);
        assertThat(a.counts().checks()).isEqualTo(5);
    }

    @Test
    void refusesABadRangeOrAnUnknownOperation() {
        ValidationException reversed = Refusals.validation(t, () -> figures.totals(
                new CheckpointRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), null)));
        assertThat(Refusals.onlyErrorKey(reversed, "to")).isEqualTo("checkview.error.rangeOrder");
        ValidationException missing = Refusals.validation(t, () -> figures.points(new CheckpointRange(null, null, null)));
        assertThat(Refusals.fields(missing)).containsExactly("from", "to");
        ValidationException far = Refusals.validation(t, () -> figures.points(
                new CheckpointRange(LocalDate.of(1800, 1, 1), LocalDate.of(2026, 1, 1), null)));
        assertThat(Refusals.onlyErrorKey(far, "from")).isEqualTo("validation.dateRange");
        ValidationException op = Refusals.validation(t, () -> figures.points(march1to2(UUID.randomUUID())));
        assertThat(Refusals.onlyErrorKey(op, "operationId")).isEqualTo("validation.unknownOperation");
    }

    @Test
    void drillsDownToTheChecksOfAControlPaged() {
        assertThat(figures.countChecks(riverDay1)).isEqualTo(4);
        List<CheckLine> first = figures.checks(riverDay1, 0, 3);
        assertThat(first).extracting(CheckLine::name).containsExactly("María Pérez", "Ana Gil", "Luis Soto");
        assertThat(first.get(1).minor()).isTrue();
        assertThat(first.get(1).docNumber()).isEqualTo("VE123");
        assertThat(first.get(0).action()).isEqualTo("IRREGULAR_MIGRANT");
        List<CheckLine> rest = figures.checks(riverDay1, 3, 3);
        assertThat(rest).hasSize(1);
        assertThat(rest.get(0).name()).isEmpty();
        assertThat(rest.get(0).result()).isEqualTo("HIT_CONFIRMED");
        List<CheckLine> day2 = figures.checks(riverDay2, 0, 10);
        assertThat(day2.get(0).hits()).isEqualTo(1);
        assertThat(day2.get(0).lateHits()).isEqualTo(1);
        assertThat(day2.get(0).masked()).isFalse();
    }

    @Test
    void readingNeedsCaseRead() {
        t.signInAs("admin2", Role.ADMINISTRATOR);
        Throwable thrown = catchThrowable(() -> figures.totals(march1to2(null)));
        assertThat(thrown).isInstanceOf(NotPermittedException.class);
    }
}
