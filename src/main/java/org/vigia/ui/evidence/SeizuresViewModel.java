package org.vigia.ui.evidence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.CustodyTransfer;
import org.vigia.model.EvidenceFile;
import org.vigia.model.FileIntegrity;
import org.vigia.model.Permission;
import org.vigia.model.Person;
import org.vigia.model.Seizure;
import org.vigia.service.evidence.SeizureService;
import org.vigia.service.persons.PersonService;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.TaskRunner;

/**
 * The seizures of one case: the list, the form of the one selected (or a new one), its custody
 * log and its evidence files with whether each still matches its recorded SHA-256. Every service
 * call goes through the TaskRunner.
 */
public final class SeizuresViewModel {
    public static final int PERSON_CHOICES = 20;
    private final SeizureService seizures;
    private final PersonService persons;
    private final TaskRunner runner;
    private final Messages m;
    private final Clock clock;
    private final UUID caseId;
    private final String defaultCountry;
    private final SeizureForm form;

    private final ObservableList<Seizure> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Seizure> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CustodyTransfer> custody = FXCollections.observableArrayList();
    private final ObservableList<EvidenceFile> files = FXCollections.observableArrayList();
    private final ObservableMap<UUID, FileIntegrity> integrity = FXCollections.observableHashMap();
    private final ObservableList<Person> personChoices = FXCollections.observableArrayList();
    private final Map<UUID, Person> knownPersons = new HashMap<>();
    private final StringProperty personSearch = new SimpleStringProperty("");
    private final StringProperty holder = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> transferredOn = new SimpleObjectProperty<>();
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SeizuresViewModel(SeizureService seizures, PersonService persons, TaskRunner runner, Messages m,
                             Clock clock, UUID caseId, String defaultCountry) {
        this.seizures = seizures;
        this.persons = persons;
        this.runner = runner;
        this.m = m;
        this.clock = clock;
        this.caseId = caseId;
        this.defaultCountry = defaultCountry;
        this.form = new SeizureForm(m);
        startNew();
    }

    /** Loads the case's seizures (keeping the selection), then re-hashes their files in the background. */
    public void load() {
        busy.set(true);
        runner.run(() -> {
            List<Seizure> all = seizures.list(caseId);
            Map<UUID, Person> people = new HashMap<>();
            for (Seizure s : all) {
                if (s.seizedFromPersonId() != null && !people.containsKey(s.seizedFromPersonId())) {
                    people.put(s.seizedFromPersonId(), persons.get(s.seizedFromPersonId()));
                }
            }
            return Map.entry(all, people);
        }, r -> {
            busy.set(false);
            knownPersons.putAll(r.getValue());
            list.setAll(r.getKey());
            Seizure was = selected.get();
            if (was != null) {
                list.stream().filter(s -> s.id().equals(was.id())).findFirst().ifPresentOrElse(this::select,
                        this::startNew);
            }
            verifyAll();
        }, this::fail);
    }

    /** Re-hashes every file of the case (slow for big files: runs off the UI thread). */
    public void verifyAll() {
        runner.run(() -> seizures.verifyCase(caseId), integrity::putAll, this::fail);
    }

    /** An empty form for a new seizure: today, the case's country. */
    public void startNew() {
        selected.set(null);
        custody.clear();
        files.clear();
        errors.clear();
        form.show(new Seizure(null, 0, caseId, null, null, null, null, null, LocalDate.now(clock), defaultCountry,
                null, null, null, null), null);
        personChoices.clear();
        resetTransfer();
    }

    /** Shows a listed seizure in the form, with its custody log and files. */
    public void select(Seizure s) {
        if (s == null) {
            startNew();
            return;
        }
        selected.set(s);
        errors.clear();
        Person from = s.seizedFromPersonId() == null ? null : knownPersons.get(s.seizedFromPersonId());
        personChoices.setAll(from == null ? List.of() : List.of(from));
        form.show(s, from);
        custody.setAll(s.custody());
        files.setAll(s.files());
        resetTransfer();
    }

    /** Adds or saves the seizure in the form. */
    public void save() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        message.set("");
        Seizure draft;
        try {
            draft = form.draft(selected.get(), caseId);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        busy.set(true);
        runner.run(() -> draft.isNew() ? seizures.add(draft) : seizures.update(draft),
                s -> done(s, "seizure.saved"), this::fail);
    }

    /** Removes the selected seizure (the view asks first). */
    public void remove() {
        Seizure s = selected.get();
        if (s == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            seizures.remove(s.id(), s.version());
            return s;
        }, x -> {
            busy.set(false);
            list.removeIf(y -> y.id().equals(s.id()));
            startNew();
            message.set(m.get("seizure.removed"));
        }, this::fail);
    }

    /** Persons whose name or document starts with the search text, to pick "seized from". */
    public void findPersons() {
        String text = personSearch.get();
        runner.run(() -> persons.page(text, 0, PERSON_CHOICES), found -> {
            Person current = form.seizedFromProperty().get();
            found.forEach(p -> knownPersons.put(p.id(), p));
            personChoices.setAll(found);
            if (current != null && found.stream().noneMatch(p -> p.id().equals(current.id()))) {
                personChoices.add(0, current);
            }
            if (found.isEmpty()) {
                message.set(m.get("seizure.person.noneFound"));
            }
        }, this::fail);
    }

    public void addTransfer() {
        Seizure s = selected.get();
        if (s == null || busy.get()) {
            return;
        }
        errors.clear();
        busy.set(true);
        String h = holder.get();
        LocalDate on = transferredOn.get();
        String p = purpose.get();
        runner.run(() -> seizures.addTransfer(s.id(), h, on, p), x -> done(x, "custody.added"), this::fail);
    }

    /** Stores the file at {@code source} with the selected seizure. */
    public void attach(Path source) {
        Seizure s = selected.get();
        if (s == null || busy.get() || source == null) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            EvidenceFile f = seizures.attach(s.id(), source);
            return Map.entry(f, seizures.get(s.id()));
        }, r -> {
            integrity.put(r.getKey().id(), r.getKey().matches());
            done(r.getValue(), "evidence.attached");
        }, this::fail);
    }

    /** Writes a copy of {@code file}'s stored content to {@code target}, and shows whether it matches. */
    public void saveCopy(EvidenceFile file, Path target) {
        if (file == null || target == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> seizures.export(file.id(), target), state -> {
            busy.set(false);
            integrity.put(file.id(), state);
            message.set(m.get(state == FileIntegrity.MATCHES ? "evidence.copied" : "evidence.copiedAltered",
                    target.getFileName() == null ? target.toString() : target.getFileName().toString()));
        }, this::fail);
    }

    public void verify(EvidenceFile file) {
        if (file == null) {
            return;
        }
        runner.run(() -> seizures.verify(file.id()), f -> {
            integrity.put(f.id(), f.matches());
            message.set(m.get("evidence.verified", f.fileName(), m.get("evidence.state." + f.matches().name())));
        }, this::fail);
    }

    public void removeFile(EvidenceFile file) {
        Seizure s = selected.get();
        if (file == null || s == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            seizures.removeFile(file.id());
            return seizures.get(s.id());
        }, x -> {
            integrity.remove(file.id());
            done(x, "evidence.removed");
        }, this::fail);
    }

    private void done(Seizure s, String key) {
        busy.set(false);
        int i = indexOf(s.id());
        if (i < 0) {
            list.add(s);
        } else {
            list.set(i, s);
        }
        list.sort(java.util.Comparator.comparing(Seizure::seizedOn));
        select(s);
        message.set(m.get(key));
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void resetTransfer() {
        holder.set("");
        transferredOn.set(LocalDate.now(clock));
        purpose.set("");
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(FieldErrors.show(t, errors, m));
    }

    /** The state of a file as last checked (not checked yet: {@link FileIntegrity#UNCHECKED}). */
    public FileIntegrity stateOf(EvidenceFile f) {
        return integrity.getOrDefault(f.id(), FileIntegrity.UNCHECKED);
    }

    public boolean canWrite() {
        return seizures.allows(Permission.CASE_WRITE);
    }

    public SeizureForm form() {
        return form;
    }

    public ObservableList<Seizure> seizures() {
        return list;
    }

    public ReadOnlyObjectProperty<Seizure> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<CustodyTransfer> custody() {
        return custody;
    }

    public ObservableList<EvidenceFile> files() {
        return files;
    }

    public ObservableMap<UUID, FileIntegrity> integrity() {
        return integrity;
    }

    public ObservableList<Person> personChoices() {
        return personChoices;
    }

    public StringProperty personSearchProperty() {
        return personSearch;
    }

    public StringProperty holderProperty() {
        return holder;
    }

    public ObjectProperty<LocalDate> transferredOnProperty() {
        return transferredOn;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
