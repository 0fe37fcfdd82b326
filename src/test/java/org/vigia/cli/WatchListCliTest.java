package org.vigia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.cli.CliRun.vigia;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.l10n.Messages;

/** {@code vigia watchlist import FILE} and {@code vigia watchlist list}: the report, the exit codes, the listing. */
class WatchListCliTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    static Path folder;

    @TempDir
    Path files;

    @BeforeAll
    static void init() {
        assertThat(vigia(folder, "init", "--office-name", "Oficina", "--country", "CO", "--office-code", "CO-BOG",
                "--display-name", "Ana Morales", "--role", "SUPERVISOR").code()).isZero();
    }

    private Path file(String name, String... lines) throws IOException {
        Path f = files.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private static String[] documents(String version, String... rows) {
        String[] head = {"list,CLI stolen documents", "kind,DOCUMENTS", "version," + version, "date,2026-03-01",
            "source,SLTD extract", "number,type,country,reported_as"};
        String[] all = new String[head.length + rows.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rows, 0, all, head.length, rows.length);
        return all;
    }

    @Test
    void aGoodFileIsImportedAndListedThenAnOlderVersionIsRefused() throws IOException {
        Path v5 = file("sltd-5.csv", documents("5", "AB 123-456,Passport,CO,STOLEN", "PE77,Passport,PE,LOST"));

        CliRun run = vigia(folder, "watchlist", "import", v5.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                EN.get("watchlist.cli.imported", "sltd-5.csv", "CLI stolen documents", EN.get("watchlist.kind.DOCUMENTS"), "5", "2"),
                EN.get("watchlist.cli.rematched", "0", "0"));

        CliRun list = vigia(folder, "watchlist", "list");
        assertThat(list.code()).isZero();
        assertThat(list.outLines().get(0)).isEqualTo("list\tkind\tversion\tstate\tdate\tsource\tentries\timported_at\tversion_id");
        assertThat(list.rows()).anySatisfy(r -> assertThat(String.join("|", r))
                .startsWith("CLI stolen documents|DOCUMENTS|5|CURRENT|2026-03-01|SLTD extract|2|"));

        Path v4 = file("sltd-4.csv", documents("4", "AB1,Passport,CO,"));
        CliRun older = vigia(folder, "watchlist", "import", v4.toString());

        assertThat(older.failsWith(Cli.FAILED)).isEqualTo(EN.get("watchlist.cli.refused", "sltd-4.csv",
                "version: " + EN.get("watchlist.error.notNewer", "4", "5")));
        assertThat(older.out()).isEmpty();
        assertThat(vigia(folder, "watchlist", "list").rows()).filteredOn(r -> r[0].equals("CLI stolen documents")).hasSize(1);
    }

    @Test
    void badRowsAreListedByLineAndTheFileIsRefused() throws IOException {
        String[] lines = documents("1", "AB1,Passport,CO,", "AB2,DrivingLicence,CO,", "AB1,Passport,CO,");
        lines[0] = "list,CLI bad list";
        Path f = file("bad.csv", lines);

        CliRun run = vigia(folder, "watchlist", "import", f.toString());

        assertThat(run.failsWith(Cli.FAILED)).isEqualTo(EN.get("watchlist.cli.refused", "bad.csv",
                EN.get("watchlist.error.badRows", 2L)));
        assertThat(run.outLines()).containsExactly(
                EN.get("cli.import.line", 8, "type: " + EN.get("error.import.row.unknownCode", "DrivingLicence",
                        "Passport, NationalId, Visa, ResidencePermit, Other")),
                EN.get("cli.import.line", 9, EN.get("watchlist.error.duplicate", 7)));
    }

    @Test
    void aMissingFileIsOneClearLine() {
        CliRun run = vigia(folder, "watchlist", "import", folder.resolve("nope.csv").toString());

        assertThat(run.failsWith(Cli.FAILED)).contains(EN.get("error.import.notFound", folder.resolve("nope.csv").toString()));
    }

    @Test
    void withoutSubcommandTheUsageIsRefused() {
        assertThat(vigia(folder, "watchlist").code()).isEqualTo(Cli.USAGE);
    }
}
