package org.vigia.ui.evidence;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.EvidenceFile;
import org.vigia.model.FileIntegrity;
import org.vigia.model.Seizure;
import org.vigia.service.evidence.SeizureService;
import org.vigia.ui.common.TaskRunner;

/**
 * The evidence files of the selected seizure: attach, save a copy, verify, remove, and whether
 * each file still matches its recorded SHA-256 (re-hashing runs off the UI thread).
 */
public final class EvidenceFilesViewModel {
    private final SeizureService seizures;
    private final TaskRunner runner;
    private final Messages m;
    private final UUID caseId;
    private final SeizureState state;
    private final BiConsumer<Seizure, String> changed;
    private final ObservableList<EvidenceFile> files = FXCollections.observableArrayList();
    private final ObservableMap<UUID, FileIntegrity> integrity = FXCollections.observableHashMap();

    EvidenceFilesViewModel(SeizureService seizures, TaskRunner runner, Messages m, UUID caseId, SeizureState state,
                           BiConsumer<Seizure, String> changed) {
        this.seizures = seizures;
        this.runner = runner;
        this.m = m;
        this.caseId = caseId;
        this.state = state;
        this.changed = changed;
    }

    /** Re-hashes every file of the case. */
    public void verifyAll() {
        runner.run(() -> seizures.verifyCase(caseId), integrity::putAll, state::fail);
    }

    /** Stores the file at {@code source} with the selected seizure. */
    public void attach(Path source) {
        Seizure s = state.selected.get();
        if (s == null || source == null || !state.begin()) {
            return;
        }
        runner.run(() -> {
            EvidenceFile f = seizures.attach(s.id(), source);
            return Map.entry(f, seizures.get(s.id()));
        }, r -> {
            integrity.put(r.getKey().id(), r.getKey().matches());
            changed.accept(r.getValue(), "evidence.attached");
        }, state::fail);
    }

    /** Writes a copy of {@code file}'s stored content to {@code target}, and says whether it matches. */
    public void saveCopy(EvidenceFile file, Path target) {
        if (file == null || target == null || !state.begin()) {
            return;
        }
        runner.run(() -> seizures.export(file.id(), target), st -> {
            state.busy.set(false);
            integrity.put(file.id(), st);
            state.message.set(m.get(st == FileIntegrity.MATCHES ? "evidence.copied" : "evidence.copiedAltered",
                    target.getFileName() == null ? target.toString() : target.getFileName().toString()));
        }, state::fail);
    }

    public void verify(EvidenceFile file) {
        if (file == null) {
            return;
        }
        runner.run(() -> seizures.verify(file.id()), f -> {
            integrity.put(f.id(), f.matches());
            state.message.set(m.get("evidence.verified", f.fileName(), m.get("evidence.state." + f.matches().name())));
        }, state::fail);
    }

    public void remove(EvidenceFile file) {
        Seizure s = state.selected.get();
        if (file == null || s == null || !state.begin()) {
            return;
        }
        runner.run(() -> {
            seizures.removeFile(file.id());
            return seizures.get(s.id());
        }, x -> {
            integrity.remove(file.id());
            changed.accept(x, "evidence.removed");
        }, state::fail);
    }

    /** The state of a file as last checked ({@link FileIntegrity#UNCHECKED} until then). */
    public FileIntegrity stateOf(EvidenceFile f) {
        return integrity.getOrDefault(f.id(), FileIntegrity.UNCHECKED);
    }

    /** The files of the selected seizure. */
    public ObservableList<EvidenceFile> files() {
        return files;
    }

    /** File id to its last known state, for every file of the case checked so far. */
    public ObservableMap<UUID, FileIntegrity> integrity() {
        return integrity;
    }
}
