package org.vigia.ui.watchlists;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigia.l10n.Messages;
import org.vigia.l10n.RowErrors;
import org.vigia.model.WatchListInfo;
import org.vigia.model.WatchListVersionInfo;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.imports.RejectedRow;
import org.vigia.service.watchlists.WatchImportReport;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.TaskRunner;

/**
 * The Watch lists area: every list's versions (state, date, source, entries), and "Import list…":
 * a file, the progress with Cancel, then the report (the counts, or why the file was refused and
 * its rejected rows by line).
 */
public final class WatchListsViewModel {
    /** Imports one list file (the wiring calls the watch-list service). */
    @FunctionalInterface
    public interface Importer {
        WatchImportReport run(Path file, ImportListener listener);
    }

    /** One version of one list, as the table shows it. */
    public record Row(String list, String kind, String version, String state, String date, String source, String entries,
                      String importedAt) {
    }

    /** A rejected row of the file, as the report table shows it. */
    public record Rejected(long line, String reason) {
    }

    private final Supplier<List<WatchListInfo>> loader;
    private final Importer importer;
    private final TaskRunner runner;
    private final Messages m;
    private final DialogService dialogs;
    private final java.time.ZoneId zone;
    private final boolean canImport;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Rejected> rejected = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public WatchListsViewModel(Supplier<List<WatchListInfo>> loader, Importer importer, boolean canImport, TaskRunner runner,
                               Messages m, DialogService dialogs, java.time.ZoneId zone) {
        this.loader = loader;
        this.importer = importer;
        this.canImport = canImport;
        this.runner = runner;
        this.m = m;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    /** Reloads the lists and their versions. */
    public void load() {
        runner.run(loader::get, lists -> rows.setAll(lists.stream().flatMap(l -> l.versions().stream().map(v -> row(l, v))).toList()),
                t -> summary.set(m.error(t)));
    }

    private Row row(WatchListInfo l, WatchListVersionInfo v) {
        return new Row(l.name(), m.label("watchlist.kind", l.kind()), v.listVersion(), m.label("watchlist.state", v.state()),
                m.date(v.listDate()), v.source(), m.number(v.entryCount()), m.dateTime(v.importedAt(), zone));
    }

    /** Import list…: asks for the file, then imports it with progress. */
    public void chooseAndImport() {
        if (running.get() || !canImport) {
            return;
        }
        dialogs.chooseFileToOpen(m.get("watchlist.chooseTitle"), m.get("import.csvFiles"), "*.csv", "*.CSV")
                .ifPresent(this::start);
    }

    public void start(Path file) {
        rejected.clear();
        cancelled.set(false);
        progress.set(0);
        running.set(true);
        summary.set(m.get("watchlist.running", file.getFileName() == null ? file.toString() : file.getFileName().toString()));
        runner.run(() -> importer.run(file, new Listener()), this::show, t -> {
            running.set(false);
            progress.set(0);
            summary.set(m.error(t));
        });
    }

    /** Stops the import under way: nothing of the file is stored. */
    public void cancel() {
        cancelled.set(true);
    }

    private void show(WatchImportReport r) {
        for (RejectedRow row : r.rejected()) {
            rejected.add(new Rejected(row.line(), RowErrors.text(m, row.errors())));
        }
        String text;
        if (r.refused()) {
            text = m.get("watchlist.refused", RowErrors.text(m, r.problems()));
            if (r.rejectedCount() > r.rejected().size()) {
                text = text + " " + m.get("watchlist.moreRejected", m.number(r.rejectedCount() - r.rejected().size()));
            }
        } else {
            text = m.get("watchlist.done", r.listName(), r.listVersion(), m.number(r.imported()),
                    m.number(r.checksRematched()), m.number(r.lateHits()));
        }
        progress.set(1);
        summary.set(text);
        running.set(false);
        if (!r.refused()) {
            load();
        }
    }

    /** Reports progress to the UI thread at most once per percent. */
    private final class Listener implements ImportListener {
        private long lastPercent = -1;

        @Override
        public void progress(long done, long total) {
            long percent = total <= 0 ? 100 : done * 100 / total;
            if (percent != lastPercent) {
                lastPercent = percent;
                runner.ui(() -> progress.set(percent / 100.0));
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }
    }

    public boolean canImport() {
        return canImport;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Rejected> rejected() {
        return rejected;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
