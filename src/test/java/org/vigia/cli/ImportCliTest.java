package org.vigia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.cli.CliRun.vigia;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.l10n.Messages;

/** {@code vigia import cases FILE}: the report, the exit codes and one clear line per refused file. */
class ImportCliTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final String HEADER = "external_ref,number,title,offences,status,lead_investigator,opened_on,country,narrative";

    @TempDir
    static Path folder;

    @TempDir
    Path files;

    @BeforeAll
    static void init() {
        assertThat(vigia(folder, "init", "--office-name", "Oficina", "--country", "CO", "--office-code", "CO-BOG",
                "--display-name", "Ana Morales", "--role", "SUPERVISOR").code()).isZero();
    }

    private Path file(Charset charset, String... lines) throws IOException {
        Path f = Files.createTempFile(files, "cases", ".csv");
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", charset);
        return f;
    }

    private Path file(String... lines) throws IOException {
        return file(StandardCharsets.UTF_8, lines);
    }

    private static String row(String ref, String title) {
        return ref + ",," + title + ",HumanTrafficking,Active,Ana Morales,2026-01-10,CO,";
    }

    private static long cases() {
        return vigia(folder, "case", "list").outLines().size() - 1;
    }

    @Test
    void aGoodFileIsImportedAndAgainLeftUnchanged() throws IOException {
        Path f = file(HEADER, row("CLI-1", "Terminal"), "CLI-2,,Mina,Other,Active,Ana,2026-01-11,PE,\"first line\nsecond, line\"");
        long before = cases();

        CliRun run = vigia(folder, "import", "cases", f.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(EN.get("cli.import.summary", f.getFileName().toString(), "2", "2", "0", "0", "0"));
        assertThat(cases()).isEqualTo(before + 2);
        assertThat(vigia(folder, "case", "list", "--search", "Mina").out()).contains("PE");

        CliRun again = vigia(folder, "import", "cases", f.toString());

        assertThat(again.code()).isZero();
        assertThat(again.outLines()).containsExactly(EN.get("cli.import.summary", f.getFileName().toString(), "2", "0", "0", "2", "0"));
        assertThat(cases()).isEqualTo(before + 2);
    }

    @Test
    void badRowsRefuseTheWholeFileByDefaultAndAreListedWithTheirLines() throws IOException {
        Path f = file(HEADER, row("BAD-1", "Good"), "BAD-2,,Bad,Kidnapping,Active,Ana,2026-01-10,CO,", row("BAD-3", "Good"),
                "BAD-4,,Bad date,Other,Active,Ana,2026-02-30,CO,");
        long before = cases();

        CliRun run = vigia(folder, "import", "cases", f.toString());

        assertThat(run.failsWith(Cli.FAILED)).isEqualTo(EN.get("cli.import.refused", "2"));
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(1)).startsWith("line 3: offences: unknown code \"Kidnapping\" (allowed: HumanTrafficking, ");
        assertThat(run.outLines().get(2)).isEqualTo("line 5: opened_on: " + EN.get("validation.badDate", "2026-03-01"));
        assertThat(cases()).isEqualTo(before);

        CliRun skip = vigia(folder, "import", "cases", f.toString(), "--skip-bad-rows");

        assertThat(skip.code()).isZero();
        assertThat(skip.outLines().get(0)).isEqualTo(EN.get("cli.import.summary", f.getFileName().toString(), "4", "2", "0", "0", "2"));
        assertThat(skip.outLines()).hasSize(3);
        assertThat(cases()).isEqualTo(before + 2);
    }

    private void refused(Path f, String message) {
        long before = cases();
        CliRun run = vigia(folder, "import", "cases", f.toString());
        assertThat(run.failsWith(Cli.FAILED)).isEqualTo(EN.get("cli.error", message));
        assertThat(run.out()).isEmpty();
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void filesThatCannotBeReadAsCsvAreRefusedWithOneClearLine() throws IOException {
        refused(file(HEADER.replace(',', ';'), row("X-1", "T").replace(',', ';')), EN.get("error.import.delimiter", ";"));
        refused(file(StandardCharsets.ISO_8859_1, HEADER, row("X-1", "T"), row("X-2", "Cúcuta")), EN.get("error.import.encoding", 3));
        refused(file(row("X-1", "T")), EN.get("error.import.noHeader", "external_ref,title,offences,status,lead_investigator,opened_on,country"));
        refused(file("external_ref,title", "X-1,T"), EN.get("error.import.missingColumns",
                "offences, status, lead_investigator, opened_on, country"));
        Path extra = file(HEADER + ",colour", row("X-1", "T") + ",red");
        long before = cases();
        CliRun run = vigia(folder, "import", "cases", extra.toString());
        assertThat(run.failsWith(Cli.FAILED)).contains("unknown columns: colour (the known columns are external_ref, title, ");
        assertThat(cases()).isEqualTo(before);
        refused(files.resolve("none.csv"), EN.get("error.import.notFound", files.resolve("none.csv").toString()));
    }

    @Test
    void theFileIsRequired() {
        CliRun run = vigia(folder, "import", "cases");

        assertThat(run.failsWith(Cli.USAGE)).contains("FILE");
    }
}
