package org.vigia.service.checkpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckAction;
import org.vigia.model.CheckTally;
import org.vigia.model.CheckpointRange;
import org.vigia.model.HitFilter;
import org.vigia.model.RecordedCheck;
import org.vigia.model.WatchListKind;
import org.vigia.service.imports.ImportListener;
import org.vigia.testing.TestServices;

/**
 * The officer's day through the application's own wiring: the lists imported from their files,
 * checks recorded and matched by the real matcher with no stand-in, then the office's figures and
 * the hits list computed from those records.
 */
class CheckpointsEndToEndTest {
    private final TestServices t = TestServices.withOffice();
    private final CheckpointFixture f = new CheckpointFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    private static Path list(String name) throws Exception {
        return Path.of(CheckpointsEndToEndTest.class.getResource("/watchlists/" + name).toURI());
    }

    private RecordedCheck record(BorderCheck c) {
        return t.app().checks().record(c);
    }

    @Test
    void aWantedPersonAndAStolenPassportAreFlaggedAtOnceAndTheFiguresAddUp() throws Exception {
        var lists = t.app().watchLists();
        assertThat(lists.importList(list("wanted-persons.csv"), ImportListener.NONE).versionId()).isNotNull();
        assertThat(lists.importList(list("stolen-documents.csv"), ImportListener.NONE).versionId()).isNotNull();

        BorderCheck clean = f.check(Instant.parse("2026-03-15T08:00:00Z"), "Pérez Gómez", "ZX998877");
        BorderCheck wanted = CheckpointFixture.with(CheckpointFixture.with(CheckpointFixture.with(
                        f.check(Instant.parse("2026-03-15T08:05:00Z"), "Ortis Morales", null),
                        "givenNames", "Yuliana"), "birthDate", LocalDate.of(1990, 4, 12)), "nationality", "CO");
        BorderCheck stolen = CheckpointFixture.with(CheckpointFixture.with(
                f.check(Instant.parse("2026-03-15T08:10:00Z"), "Rodríguez", "ab123456"), "docCountry", "CO"),
                "action", CheckAction.IRREGULAR_MIGRANT);

        assertThat(t.app().checks().preview(wanted.subject()).hit()).as("the form's live line").isTrue();
        RecordedCheck a = record(clean);
        RecordedCheck b = record(wanted);
        RecordedCheck c = record(stolen);

        assertThat(a.watch().hit()).isFalse();
        assertThat(a.watch().checkedAgainst()).extracting(v -> v.kind())
                .containsExactlyInAnyOrder(WatchListKind.PERSONS, WatchListKind.DOCUMENTS);
        assertThat(b.watch().hits()).singleElement().satisfies(h -> {
            assertThat(h.list().listName()).isEqualTo("Wanted persons (national alerts)");
            assertThat(h.noticeRef()).isEqualTo("A-1234/2-2026");
        });
        assertThat(c.watch().hits()).singleElement().satisfies(h ->
                assertThat(h.kind()).isEqualTo(WatchListKind.DOCUMENTS));
        t.app().tallies().add(new CheckTally(null, 0, f.control.id(), 850, 0, 0, "Morning boats, screened only", null));

        var totals = t.app().checkpointFigures().totals(
                new CheckpointRange(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15), null));
        assertThat(totals.points()).isEqualTo(1);
        assertThat(totals.controls()).isEqualTo(1);
        assertThat(totals.counts().checks()).isEqualTo(3);
        assertThat(totals.counts().hits()).isEqualTo(2);
        assertThat(totals.counts().irregularMigrants()).isEqualTo(1);
        assertThat(totals.counts().talliedPersons()).as("the tally beside, not inside, the counts").isEqualTo(850);
        assertThat(t.app().checkpointFigures().countHits(HitFilter.ALL)).isEqualTo(2);
    }
}
