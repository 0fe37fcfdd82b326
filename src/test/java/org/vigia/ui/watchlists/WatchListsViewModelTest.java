package org.vigia.ui.watchlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.FieldError;
import org.vigia.model.WatchListInfo;
import org.vigia.model.WatchListKind;
import org.vigia.model.WatchListState;
import org.vigia.model.WatchListVersionInfo;
import org.vigia.service.imports.RejectedRow;
import org.vigia.service.watchlists.WatchImportReport;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.common.SameThreadTaskRunner;

/** The Watch lists ViewModel without the toolkit: rows, the report, Cancel reaching the import. */
class WatchListsViewModelTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<WatchListInfo> lists = List.of(new WatchListInfo(UUID.randomUUID(), "SLTD", WatchListKind.DOCUMENTS,
            List.of(new WatchListVersionInfo(UUID.randomUUID(), "2", LocalDate.of(2026, 3, 1), "Interpol",
                            WatchListState.CURRENT, 1200, Instant.parse("2026-03-02T10:00:00Z"), "ana"),
                    new WatchListVersionInfo(UUID.randomUUID(), "1", LocalDate.of(2026, 2, 1), "Interpol",
                            WatchListState.SUPERSEDED, 1000, Instant.parse("2026-02-02T10:00:00Z"), "ana"))));

    private WatchListsViewModel vm(WatchListsViewModel.Importer importer, boolean canImport) {
        return new WatchListsViewModel(() -> lists, importer, canImport, new SameThreadTaskRunner(), EN, dialogs, ZoneOffset.UTC);
    }

    @Test
    void everyVersionIsARow() {
        WatchListsViewModel vm = vm((f, l) -> null, true);

        vm.load();

        assertThat(vm.rows()).extracting(r -> r.list() + " " + r.version() + " " + r.state() + " " + r.entries())
                .containsExactly("SLTD 2 Current 1,200", "SLTD 1 Superseded 1,000");
    }

    @Test
    void aRefusedImportShowsItsProblemsAndRowsAndCancelReachesTheImport() {
        boolean[] sawCancel = {false};
        WatchListsViewModel[] holder = new WatchListsViewModel[1];
        WatchListsViewModel vm = vm((f, listener) -> {
            holder[0].cancel();
            sawCancel[0] = listener.cancelled();
            return new WatchImportReport("f.csv", "SLTD", WatchListKind.DOCUMENTS, "3", 2, 0,
                    List.of(new RejectedRow(8, "", List.of(FieldError.of("country", "validation.unknownCountry", "ZZ")))), 150,
                    List.of(FieldError.of("", "watchlist.error.badRows", 150L)), null, null, 0, 0);
        }, true);
        holder[0] = vm;
        dialogs.fileToOpen = Path.of("f.csv");

        vm.chooseAndImport();

        assertThat(sawCancel[0]).isTrue();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).isEqualTo(EN.get("watchlist.refused", EN.get("watchlist.error.badRows", 150L))
                + " " + EN.get("watchlist.moreRejected", "149"));
        assertThat(vm.rejected()).containsExactly(new WatchListsViewModel.Rejected(8,
                "country: " + EN.get("validation.unknownCountry", "ZZ")));
    }

    @Test
    void withoutTheRightNoFileIsAskedFor() {
        WatchListsViewModel vm = vm((f, l) -> {
            throw new AssertionError("no import");
        }, false);
        dialogs.fileToOpen = Path.of("f.csv");

        vm.chooseAndImport();

        assertThat(dialogs.fileDialogs).isEmpty();
        assertThat(vm.summaryProperty().get()).isEmpty();
    }
}
