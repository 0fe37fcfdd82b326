package org.vigia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.cli.CliRun.vigia;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.app.AppServices;
import org.vigia.app.Vault;
import org.vigia.model.CheckTally;
import org.vigia.model.CheckpointControl;
import org.vigia.model.Operation;
import org.vigia.model.TransitPoint;
import org.vigia.model.TransitPointType;
import org.vigia.testing.TestServices;

/** {@code vigia control list} and {@code vigia import checks FILE}. */
class ControlCliTest {
    @TempDir
    static Path folder;

    @TempDir
    Path files;

    static CheckpointControl day;
    static CheckpointControl night;

    @BeforeAll
    static void init() {
        assertThat(vigia(folder, "init", "--office-name", "Oficina", "--country", "CO", "--office-code", "CO-BOG",
                "--display-name", "Ana Morales", "--role", "SUPERVISOR").code()).isZero();
        try (AppServices s = new Vault(folder, TestServices.TEST_KDF, java.time.Clock.systemUTC())
                .signIn(TestServices.USER, TestServices.PASSWORD.toCharArray())) {
            Operation a = s.operations().save(new Operation(null, 0, "RIO-1", "Río", LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31), List.of("CO"), "", List.of()));
            Operation b = s.operations().save(new Operation(null, 0, "AIR-2", "Aire", LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31), List.of("CO"), "", List.of()));
            TransitPoint river = s.transitPoints().add(new TransitPoint(null, 0, TransitPointType.RIVER, "Leguízamo pier",
                    "CO", null, null, null));
            TransitPoint air = s.transitPoints().add(new TransitPoint(null, 0, TransitPointType.AIRPORT, "El Dorado",
                    "CO", "Bogotá", new BigDecimal("4.70"), new BigDecimal("-74.14")));
            day = s.controls().add(new CheckpointControl(null, 0, a.id(), river.id(), Instant.parse("2026-03-10T06:00:00Z"),
                    Instant.parse("2026-03-10T18:00:00Z"), "Sgt. Rojas", null));
            night = s.controls().add(new CheckpointControl(null, 0, b.id(), air.id(), Instant.parse("2026-03-12T22:00:00Z"),
                    Instant.parse("2026-03-13T06:00:00Z"), null, null));
            s.tallies().add(new CheckTally(null, 0, night.id(), 850, 0, 0, null, null));
        }
    }

    @Test
    void importsChecksThenListsControlsWithTheirCountsAndFilters() throws IOException {
        Path f = Files.createTempFile(files, "checks", ".csv");
        Files.writeString(f, "external_ref,control_id,checked_at,family_names,document_number,document_type,document_country\n"
                + "K-1," + day.id() + ",2026-03-10T07:00:00Z,Ortiz,,,\n"
                + "K-2," + day.id() + ",2026-03-10T08:00:00Z,,ZX1,Passport,PE\n");
        CliRun imported = vigia(folder, "import", "checks", f.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 created");
        assertThat(vigia(folder, "import", "checks", f.toString()).out()).contains("2 unchanged");

        CliRun all = vigia(folder, "control", "list");
        assertThat(all.code()).isZero();
        assertThat(all.outLines().get(0)).startsWith("control_id\toperation\tpoint");
        assertThat(all.rows()).extracting(r -> r[0]).containsExactly(night.id().toString(), day.id().toString());
        String[] dayRow = all.rows().get(1);
        assertThat(dayRow[1]).isEqualTo("RIO-1");
        assertThat(dayRow[2]).isEqualTo("Leguízamo pier");
        assertThat(dayRow[5]).isEqualTo("2026-03-10T06:00:00Z");
        assertThat(dayRow[7]).as("checks").isEqualTo("2");
        assertThat(dayRow[8]).as("tallies").isEqualTo("0");
        String[] nightRow = all.rows().get(0);
        assertThat(nightRow[7]).isEqualTo("0");
        assertThat(nightRow[9]).as("tallied persons, apart from checks").isEqualTo("850");

        assertThat(vigia(folder, "control", "list", "--operation", "rio-1").rows()).hasSize(1);
        assertThat(vigia(folder, "control", "list", "--from", "2026-03-13").rows()).extracting(r -> r[0])
                .containsExactly(night.id().toString());
        assertThat(vigia(folder, "control", "list", "--to", "2026-03-11").rows()).extracting(r -> r[0])
                .containsExactly(day.id().toString());
        CliRun none = vigia(folder, "control", "list", "--from", "2027-01-01");
        assertThat(none.rows()).isEmpty();
        assertThat(none.err()).contains("No control matches.");
    }

    @Test
    void anUnknownOperationOrABadDateIsRefusedClearly() {
        assertThat(vigia(folder, "control", "list", "--operation", "NOPE").failsWith(Cli.FAILED))
                .contains("No operation has the code \"NOPE\"");
        assertThat(vigia(folder, "control", "list", "--from", "yesterday").code()).isNotZero();
    }

    @Test
    void aBadChecksFileIsRefusedWithItsLines() throws IOException {
        Path f = Files.createTempFile(files, "bad", ".csv");
        Files.writeString(f, "external_ref,control_id,checked_at,family_names\n"
                + "B-1," + day.id() + ",2026-03-11T07:00:00Z,Ortiz\n");
        CliRun run = vigia(folder, "import", "checks", f.toString());
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).contains("2").contains("outside the control's shift");
    }
}
