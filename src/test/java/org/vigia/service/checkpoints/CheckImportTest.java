package org.vigia.service.checkpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.l10n.Messages;
import org.vigia.l10n.RowErrors;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckAction;
import org.vigia.model.CheckResult;
import org.vigia.model.CheckpointControl;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.imports.ImportMode;
import org.vigia.service.imports.ImportReport;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;

class CheckImportTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final String HEADER = "external_ref,control_id,transit_point,shift_start,checked_at,given_names,"
            + "family_names,birth_date,nationality,document_number,document_type,document_country,direction,purpose,"
            + "conveyance,conveyance_ref,vessel_imo,vessel_flag,result,action";
    private final TestServices t = TestServices.withOffice();
    private final CheckpointFixture f = new CheckpointFixture(t);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        t.close();
    }

    private Path file(String... rows) throws IOException {
        Path p = Files.createTempFile(dir, "checks", ".csv");
        Files.writeString(p, HEADER + "\n" + String.join("\n", rows) + "\n");
        return p;
    }

    private ImportReport run(Path file, ImportMode mode) {
        return t.app().imports().run(f.checks.importKind(), file, mode, ImportListener.NONE);
    }

    private String good(String ref) {
        return ref + "," + f.control.id() + ",,,2026-03-15T08:30:00-05:00,Luis,Pérez,1990-05-01,PE,ZX998877,"
                + "Passport,PE,ENTRY,WORK,VESSEL,Lancha Amazonas II,9074729,CO,,";
    }

    @Test
    void aGoodFileIsImportedByControlIdOrByPointAndShiftStart() throws IOException {
        Path p = file(good("R-1"), "R-2,,puerto leguizamo RIVER POST,2026-03-15T06:00:00Z,2026-03-15T17:00:00Z,,,,,"
                + "AB123456,Passport,CO,exit,,,,,,HIT_CONFIRMED,DETAINED");
        ImportReport r = run(p, ImportMode.ALL_OR_NOTHING);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.created()).isEqualTo(2);
        var checks = f.checks.list(f.control.id(), 0, 10);
        assertThat(checks).extracting(BorderCheck::externalRef).containsExactly("R-2", "R-1");
        assertThat(checks.get(1).checkedAt()).isEqualTo(java.time.Instant.parse("2026-03-15T13:30:00Z"));
        assertThat(checks.get(0).result()).isEqualTo(CheckResult.HIT_CONFIRMED);
        assertThat(checks.get(0).action()).isEqualTo(CheckAction.DETAINED);
        assertThat(f.matcher.recorded).hasSize(2);
    }

    @Test
    void badRowsAreReportedWithTheirLinesAndAllOrNothingWritesNothing() throws IOException {
        Path p = file(good("R-1"), "R-2," + f.control.id() + ",,,2026-03-15T23:00:00Z,,Ortiz,,,,,,,,,,,,,",
                "R-3,,Nowhere,2026-03-15T06:00:00Z,2026-03-15T08:00:00Z,,Ortiz,,,,,,,,,,,,,",
                "R-4," + f.control.id() + ",,,yesterday,,,,,,,,SIDEWAYS,,BUS,,9074729,,,");
        DbSnapshot before = t.snapshot();
        ImportReport r = run(p, ImportMode.ALL_OR_NOTHING);
        assertThat(r.refused()).isTrue();
        assertThat(t.snapshot()).isEqualTo(before);
        assertThat(r.rejected()).extracting(x -> x.line()).containsExactly(3L, 4L, 5L);
        assertThat(RowErrors.text(EN, r.rejected().get(0).errors())).contains("checked_at").contains("outside the control's shift");
        assertThat(RowErrors.text(EN, r.rejected().get(1).errors())).contains("transit_point").contains("no control at \"Nowhere\"");
        String four = RowErrors.text(EN, r.rejected().get(2).errors());
        assertThat(four).contains("checked_at").contains("direction").contains("SIDEWAYS");
    }

    @Test
    void skipBadRowsImportsTheGoodOnesAndAReImportNeverDuplicates() throws IOException {
        Path p = file(good("R-1"), "R-2," + f.control.id() + ",,,2026-03-15T23:00:00Z,,Ortiz,,,,,,,,,,,,,", good("R-3"));
        ImportReport first = run(p, ImportMode.SKIP_BAD_ROWS);
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.rejected()).hasSize(1);
        ImportReport again = run(p, ImportMode.SKIP_BAD_ROWS);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(f.checks.count(f.control.id())).isEqualTo(2);
        Path changed = file(good("R-1").replace("Pérez", "Pérez Gómez"), good("R-3"));
        ImportReport third = run(changed, ImportMode.ALL_OR_NOTHING);
        assertThat(third.updated()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(1);
        assertThat(f.checks.count(f.control.id())).isEqualTo(2);
        assertThat(f.checks.list(f.control.id(), 0, 10)).extracting(BorderCheck::familyNames).contains("Pérez Gómez");
        assertThat(f.checks.list(f.control.id(), 0, 10)).allMatch(c -> c.version() <= 1);
    }

    @Test
    void aRowForAnotherControlThanItsCheckIsRefused() throws IOException {
        run(file(good("R-1")), ImportMode.ALL_OR_NOTHING);
        CheckpointControl other = f.controls.add(f.control(CheckpointFixture.START.plusSeconds(3600),
                CheckpointFixture.END));
        Path moved = file(good("R-1").replace(f.control.id().toString(), other.id().toString()));
        ImportReport r = run(moved, ImportMode.ALL_OR_NOTHING);
        assertThat(r.refused()).isTrue();
        assertThat(RowErrors.text(EN, r.rejected().get(0).errors())).contains("belongs to another control");
    }
}
