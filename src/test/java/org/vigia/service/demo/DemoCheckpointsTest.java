package org.vigia.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.CheckpointRange;
import org.vigia.model.HitFilter;
import org.vigia.model.Operation;
import org.vigia.model.TransitPointQuery;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;

/** The demo's border work goes through the real services and adds up; a second run adds nothing. */
class DemoCheckpointsTest {
    private final TestServices t = TestServices.withOffice();

    @AfterEach
    void close() {
        t.close();
    }

    private DemoCheckpoints demo() {
        var a = t.app();
        return new DemoCheckpoints(a.transitPoints(), a.controls(), a.checks(), a.tallies(), a.watchLists());
    }

    @Test
    void listsPointsControlsChecksAndTalliesThatAddUpAndLoadOnce() {
        Operation turquesa = t.operations().save(DemoFacts.TURQUESA_IV);

        assertThat(demo().addTo(turquesa)).isEqualTo(30);

        var a = t.app();
        assertThat(a.watchLists().lists()).hasSize(2);
        assertThat(a.transitPoints().count(TransitPointQuery.all())).isEqualTo(3);
        var totals = a.checkpointFigures().totals(new CheckpointRange(turquesa.startDate(), turquesa.endDate(),
                turquesa.id()));
        assertThat(totals.points()).isEqualTo(3);
        assertThat(totals.controls()).isEqualTo(3);
        assertThat(totals.counts().checks()).isEqualTo(30);
        assertThat(totals.counts().hits()).as("two wanted persons and two listed passports at each point")
                .isEqualTo(12);
        assertThat(a.checkpointFigures().countHits(HitFilter.ALL)).isEqualTo(12);
        assertThat(totals.counts().irregularMigrants()).isEqualTo(9);
        assertThat(totals.counts().victims()).isEqualTo(3);
        assertThat(totals.counts().arrests()).isEqualTo(3);
        assertThat(totals.counts().talliedPersons()).isEqualTo(300 + 550 + 800);

        DbSnapshot before = DbSnapshot.of(t.dsl());
        assertThat(demo().addTo(turquesa)).isZero();
        assertThat(DbSnapshot.of(t.dsl())).isEqualTo(before);
        assertThat(turquesa.startDate()).isEqualTo(LocalDate.of(2022, 11, 28));
    }
}
