package org.vigia.ui.imports;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigia.l10n.Messages;
import org.vigia.l10n.RowErrors;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.imports.ImportMode;
import org.vigia.service.imports.ImportNotice;
import org.vigia.service.imports.ImportReport;
import org.vigia.service.imports.RejectedRow;
import org.vigia.ui.common.DialogService;
import org.vigia.ui.common.TaskRunner;

/**
 * The import dialog: a file, a mode, Start; the progress while it runs (Cancel stops it and
 * nothing changes); then the counts and the rejected rows with their line and reason.
 */
public final class ImportViewModel {
    /** Runs one import of a file (the wiring picks the kind: cases...). */
    @FunctionalInterface
    public interface Importer {
        ImportReport run(Path file, ImportMode mode, ImportListener listener);
    }

    /** A rejected row as the table shows it. */
    public record Rejected(long line, String externalRef, String reason) {
    }

    private final Importer importer;
    private final String kind;
    private final TaskRunner runner;
    private final Messages m;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ImportMode> mode = new SimpleObjectProperty<>(ImportMode.ALL_OR_NOTHING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Rejected> rejected = FXCollections.observableArrayList();
    private final ObservableList<Rejected> notices = FXCollections.observableArrayList();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Runnable onImported = () -> { };

    public ImportViewModel(Importer importer, TaskRunner runner, Messages m, DialogService dialogs) {
        this("cases", importer, runner, m, dialogs);
    }

    /** An import of {@code kind} ("cases" or "people": the dialog's title and texts). */
    public ImportViewModel(String kind, Importer importer, TaskRunner runner, Messages m, DialogService dialogs) {
        this.kind = kind;
        this.importer = importer;
        this.runner = runner;
        this.m = m;
        this.dialogs = dialogs;
    }

    /** Runs after an import that wrote rows (the case list reloads). */
    public void setOnImported(Runnable action) {
        this.onImported = action;
    }

    public void chooseFile() {
        dialogs.chooseFileToOpen(m.get(key("chooseTitle")), m.get("import.csvFiles"), "*.csv", "*.CSV")
                .ifPresent(f -> {
                    file.set(f);
                    clearResult();
                });
    }

    public void start() {
        Path f = file.get();
        if (f == null || running.get()) {
            return;
        }
        clearResult();
        cancelled.set(false);
        running.set(true);
        summary.set(m.get("import.running"));
        ImportMode chosen = mode.get();
        runner.run(() -> importer.run(f, chosen, new Listener()), this::show, t -> {
            running.set(false);
            progress.set(0);
            summary.set(m.error(t));
        });
    }

    /** Stops the import under way: it writes nothing. */
    public void cancel() {
        cancelled.set(true);
    }

    private void show(ImportReport r) {
        for (RejectedRow row : r.rejected()) {
            rejected.add(new Rejected(row.line(), row.externalRef(), RowErrors.text(m, row.errors())));
        }
        for (ImportNotice n : r.notices()) {
            notices.add(new Rejected(n.line(), n.externalRef(), m.get(n.key(), n.args().toArray())));
        }
        String text = r.refused() ? m.get("import.refused", m.number(r.rejected().size()))
                : m.get("import.done", m.number(r.rowsRead()), m.number(r.created()), m.number(r.updated()),
                m.number(r.unchanged()), m.number(r.rejected().size()));
        if (!r.notices().isEmpty()) {
            text = text + " " + m.get("import.people.noticeCount", m.number(r.notices().size()));
        }
        report.set(r);
        progress.set(1);
        summary.set(text); // the summary last: whoever sees it sees the tables filled
        running.set(false);
        if (r.written()) {
            onImported.run();
        }
    }

    private void clearResult() {
        rejected.clear();
        notices.clear();
        report.set(null);
        summary.set("");
        progress.set(0);
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

    public String fileText() {
        return file.get() == null ? m.get("import.noFile") : file.get().toString();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObjectProperty<ImportMode> modeProperty() {
        return mode;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether Start may be pressed: a file chosen and no import under way. */
    public BooleanBinding canStart() {
        return Bindings.createBooleanBinding(() -> file.get() != null && !running.get(), file, running);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<Rejected> rejected() {
        return rejected;
    }

    /** Notices about imported rows (possible duplicates of existing persons), by line. */
    public ObservableList<Rejected> notices() {
        return notices;
    }

    /** The kind of file imported: "cases" or "people". */
    public String kind() {
        return kind;
    }

    /** The message key of {@code text} for this kind ("import.title", "import.people.title"). */
    public String key(String text) {
        return "cases".equals(kind) ? "import." + text : "import." + kind + "." + text;
    }
}
