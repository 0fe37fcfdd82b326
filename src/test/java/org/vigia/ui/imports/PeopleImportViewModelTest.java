package org.vigia.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.PERSON;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.l10n.Messages;
import org.vigia.service.imports.ImportMode;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.common.SameThreadTaskRunner;

/** The import dialog with the people kind: its texts, rejected rows, notices, modes and cancel. */
class PeopleImportViewModelTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final String HEADER = "external_ref,person_ref,family_names,given_names,birth_date,document_type,"
            + "document_number,case,role,minor,identified_on";

    private final TestServices t = TestServices.withOffice();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger imported = new AtomicInteger();
    private final ImportViewModel vm = new ImportViewModel("people",
            (file, mode, listener) -> t.app().imports().run(t.app().roles().importKind(), file, mode, listener),
            new SameThreadTaskRunner(), EN, dialogs);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        t.close();
    }

    private void choose(String... lines) throws IOException {
        Path f = dir.resolve("people.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        dialogs.fileToOpen = f;
        vm.chooseFile();
    }

    @Test
    void thePeopleDialogHasItsOwnTextsAndListsRejectedRowsAndNotices() throws IOException {
        vm.setOnImported(imported::incrementAndGet);
        t.cases().create(CaseDraft.valid().number("CO-BOG-2026-00070").build());
        assertThat(vm.key("title")).isEqualTo("import.people.title");
        choose(HEADER, "R1,P1,Ortiz,Ana,1990-05-01,Passport,AB1,CO-BOG-2026-00070,VICTIM,no,2026-03-01",
                "R2,P2,Niña,Eva,2010-05-01,,,CO-BOG-2026-00070,VICTIM,no,2026-03-01",
                "R3,P3,Pérez,Luis,1980-01-01,Passport,ab-1,,,,");
        assertThat(dialogs.fileDialogs).containsExactly(EN.get("import.people.chooseTitle"));
        DbSnapshot before = t.snapshot();

        vm.start();

        assertThat(vm.summaryProperty().get()).isEqualTo(EN.get("import.refused", "1") + " "
                + EN.get("import.people.noticeCount", "1")); // the notices of the good rows are shown all the same
        assertThat(vm.rejected()).containsExactly(new ImportViewModel.Rejected(3, "R2",
                "minor: " + EN.get("error.import.people.saysAdult", "2010-05-01", 15, "2026-03-01")));
        assertThat(imported.get()).isZero();
        assertThat(t.snapshot()).isEqualTo(before);

        vm.modeProperty().set(ImportMode.SKIP_BAD_ROWS);
        vm.start();

        assertThat(vm.summaryProperty().get()).isEqualTo(EN.get("import.done", "3", "2", "0", "0", "1") + " "
                + EN.get("import.people.noticeCount", "1"));
        assertThat(vm.notices()).containsExactly(new ImportViewModel.Rejected(4, "R3",
                EN.get("import.people.notice.sameDocumentInFile", 2)));
        assertThat(imported.get()).isEqualTo(1);
        assertThat(t.dsl().fetchCount(PERSON)).isEqualTo(2);
    }

    @Test
    void cancellingAPeopleImportChangesNothing() throws IOException {
        ImportViewModel[] self = new ImportViewModel[1];
        self[0] = new ImportViewModel("people", (file, mode, listener) -> {
            self[0].cancel();
            return t.app().imports().run(t.app().roles().importKind(), file, mode, listener);
        }, new SameThreadTaskRunner(), EN, dialogs);
        Path f = dir.resolve("p.csv");
        Files.writeString(f, HEADER + "\nR1,P1,Ortiz,Ana,,,,,,,\n");
        dialogs.fileToOpen = f;
        self[0].chooseFile();
        DbSnapshot before = t.snapshot();

        self[0].start();

        assertThat(self[0].summaryProperty().get()).isEqualTo(EN.get("error.import.cancelled"));
        assertThat(t.snapshot()).isEqualTo(before);
    }
}
