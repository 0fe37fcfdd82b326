package org.vigia.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseQuery;
import org.vigia.service.imports.ImportMode;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.common.SameThreadTaskRunner;

class ImportViewModelTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final String HEADER = "external_ref,title,offences,status,lead_investigator,opened_on,country";

    private final TestServices t = TestServices.withOffice();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger imported = new AtomicInteger();
    private final ImportViewModel vm = viewModel((file, mode, listener) ->
            t.app().imports().run(t.cases().importKind(), file, mode, listener));

    @TempDir
    Path dir;

    private ImportViewModel viewModel(ImportViewModel.Importer importer) {
        ImportViewModel v = new ImportViewModel(importer, new SameThreadTaskRunner(), EN, dialogs);
        v.setOnImported(imported::incrementAndGet);
        return v;
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Path file(String... lines) throws IOException {
        Path f = dir.resolve("cases.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private void choose(Path f) {
        dialogs.fileToOpen = f;
        vm.chooseFile();
    }

    @Test
    void startNeedsAChosenFile() throws IOException {
        assertThat(vm.canStart().get()).isFalse();
        assertThat(vm.fileText()).isEqualTo(EN.get("import.noFile"));
        dialogs.fileToOpen = null;
        vm.chooseFile();
        assertThat(dialogs.fileDialogs).containsExactly(EN.get("import.chooseTitle"));
        assertThat(vm.canStart().get()).isFalse();
        vm.start();
        assertThat(t.cases().count(CaseQuery.all())).isZero();

        Path f = file(HEADER, "R-1,Uno,Other,Active,Ana,2026-01-10,CO");
        choose(f);
        assertThat(vm.canStart().get()).isTrue();
        assertThat(vm.fileText()).isEqualTo(f.toString());
    }

    @Test
    void aGoodFileIsImportedAndCounted() throws IOException {
        choose(file(HEADER, "R-1,Uno,Other,Active,Ana,2026-01-10,CO", "R-2,Dos,Other,Active,Ana,2026-01-10,CO"));

        vm.start();

        assertThat(vm.summaryProperty().get()).isEqualTo(EN.get("import.done", "2", "2", "0", "0", "0"));
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.rejected()).isEmpty();
        assertThat(imported.get()).isEqualTo(1);
        assertThat(t.cases().count(CaseQuery.all())).isEqualTo(2);
    }

    @Test
    void badRowsAreListedAndAllOrNothingImportsNone() throws IOException {
        choose(file(HEADER, "R-1,Uno,Other,Active,Ana,2026-01-10,CO", "R-2,Dos,Other,Shut,Ana,2026-01-10,CO"));
        DbSnapshot before = t.snapshot();

        vm.start();

        assertThat(vm.summaryProperty().get()).isEqualTo(EN.get("import.refused", "1"));
        assertThat(vm.rejected()).containsExactly(new ImportViewModel.Rejected(3, "R-2",
                "status: " + EN.get("error.import.row.unknownCode", "Shut", "Active, FollowUp, Closed, ClosedReferred")));
        assertThat(imported.get()).isZero();
        assertThat(t.snapshot()).isEqualTo(before);

        vm.modeProperty().set(ImportMode.SKIP_BAD_ROWS);
        vm.start();

        assertThat(vm.summaryProperty().get()).isEqualTo(EN.get("import.done", "2", "1", "0", "0", "1"));
        assertThat(vm.rejected()).hasSize(1);
        assertThat(t.cases().count(CaseQuery.all())).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotCsvSaysWhy() throws IOException {
        choose(file(HEADER.replace(',', ';'), "R-1;Uno;Other;Active;Ana;2026-01-10;CO"));

        vm.start();

        assertThat(vm.summaryProperty().get()).isEqualTo(EN.get("error.import.delimiter", ";"));
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.rejected()).isEmpty();
    }

    @Test
    void cancellingStopsTheImportAndNothingChanges() throws IOException {
        ImportViewModel[] self = new ImportViewModel[1];
        self[0] = viewModel((file, mode, listener) -> {
            self[0].cancel(); // as if Cancel were pressed while it runs
            return t.app().imports().run(t.cases().importKind(), file, mode, listener);
        });
        dialogs.fileToOpen = file(HEADER, "R-1,Uno,Other,Active,Ana,2026-01-10,CO");
        self[0].chooseFile();
        DbSnapshot before = t.snapshot();

        self[0].start();

        assertThat(self[0].summaryProperty().get()).isEqualTo(EN.get("error.import.cancelled"));
        assertThat(self[0].runningProperty().get()).isFalse();
        assertThat(imported.get()).isZero();
        assertThat(t.snapshot()).isEqualTo(before);
    }
}
