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

/** {@code vigia import people FILE}: the report with notices, the exit codes, refused files. */
class ImportPeopleCliTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final String HEADER = "external_ref,person_ref,family_names,given_names,birth_date,document_type,"
            + "document_number,case,role,minor,identified_on";

    @TempDir
    static Path folder;

    @TempDir
    Path files;

    @BeforeAll
    static void init() throws IOException {
        assertThat(vigia(folder, "init", "--office-name", "Oficina", "--country", "CO", "--office-code", "CO-BOG",
                "--display-name", "Ana Morales", "--role", "SUPERVISOR").code()).isZero();
        Path cases = Files.createTempFile(folder, "cases", ".csv");
        Files.writeString(cases, "external_ref,number,title,offences,status,lead_investigator,opened_on,country\n"
                + "C-1,CO-BOG-2026-00900,Terminal,HumanTrafficking,Active,Ana,2026-01-10,CO\n");
        assertThat(vigia(folder, "import", "cases", cases.toString()).code()).isZero();
    }

    private Path file(Charset charset, String... lines) throws IOException {
        Path f = Files.createTempFile(files, "people", ".csv");
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", charset);
        return f;
    }

    private Path file(String... lines) throws IOException {
        return file(StandardCharsets.UTF_8, lines);
    }

    private static long people() {
        return vigia(folder, "person", "list").outLines().size() - 1;
    }

    @Test
    void aGoodFileIsImportedWithItsNoticesAndAgainLeftUnchanged() throws IOException {
        Path f = file(HEADER, "CLI-1,CP-1,Ortiz,Ana,1990-05-01,Passport,ZX-998,CO-BOG-2026-00900,VICTIM,no,2026-03-01",
                "CLI-2,CP-2,Pérez,Luis,1980-01-01,NationalId,zx998,,,,");
        long before = people();

        CliRun run = vigia(folder, "import", "people", f.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                EN.get("cli.import.summary", f.getFileName().toString(), "2", "2", "0", "0", "0"),
                EN.get("cli.import.people.notice", 3, EN.get("import.people.notice.sameDocumentInFile", 2)));
        assertThat(people()).isEqualTo(before + 2);

        CliRun again = vigia(folder, "import", "people", f.toString());

        assertThat(again.code()).isZero();
        assertThat(again.outLines().get(0)).isEqualTo(
                EN.get("cli.import.summary", f.getFileName().toString(), "2", "0", "0", "2", "0"));
        assertThat(again.outLines()).hasSize(4); // each now names the other, stored, and line 3 still names line 2
        assertThat(again.outLines()).filteredOn(l -> l.contains("possible duplicate of an existing person")).hasSize(2);
        assertThat(people()).isEqualTo(before + 2);
    }

    @Test
    void badRowsRefuseTheFileByDefaultAndSkipModeImportsTheGoodOnes() throws IOException {
        Path f = file(HEADER, "BAD-1,BP-1,Good,Row,1990-01-01,,,,,,",
                "BAD-2,BP-2,Minor,Flagged adult,2010-05-01,,,CO-BOG-2026-00900,VICTIM,no,2026-03-01",
                "BAD-3,BP-3,Future,Born,2099-01-01,,,,,,");
        long before = people();

        CliRun run = vigia(folder, "import", "people", f.toString());

        assertThat(run.failsWith(Cli.FAILED)).isEqualTo(EN.get("cli.import.refused", "2"));
        assertThat(run.outLines()).containsExactly(
                EN.get("cli.import.summary", f.getFileName().toString(), "3", "0", "0", "0", "2"),
                "line 3: minor: says adult but born 2010-05-01: 15 on 2026-03-01",
                "line 4: birth_date: " + EN.get("validation.future"));
        assertThat(people()).isEqualTo(before);

        CliRun skip = vigia(folder, "import", "people", f.toString(), "--skip-bad-rows");

        assertThat(skip.code()).isZero();
        assertThat(skip.outLines().get(0)).isEqualTo(EN.get("cli.import.summary", f.getFileName().toString(), "3", "1", "0", "0", "2"));
        assertThat(people()).isEqualTo(before + 1);
    }

    @Test
    void aFileInAnotherEncodingOrWithoutHeaderIsRefused() throws IOException {
        long before = people();
        CliRun latin1 = vigia(folder, "import", "people", file(StandardCharsets.ISO_8859_1, HEADER,
                "E-1,EP-1,Peña,José,,,,,,,").toString());
        assertThat(latin1.failsWith(Cli.FAILED)).isEqualTo(EN.get("cli.error", EN.get("error.import.encoding", 2)));
        CliRun noHeader = vigia(folder, "import", "people", file("E-1,EP-1,Pena,Jose,,,,,,,").toString());
        assertThat(noHeader.failsWith(Cli.FAILED)).isEqualTo(EN.get("cli.error", EN.get("error.import.noHeader", "external_ref,person_ref")));
        assertThat(people()).isEqualTo(before);
    }
}
