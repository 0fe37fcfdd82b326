package org.vigia.ui.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.CustodyTransfer;
import org.vigia.model.Permission;
import org.vigia.model.Person;
import org.vigia.model.Seizure;
import org.vigia.service.evidence.SeizureService;
import org.vigia.service.persons.PersonService;
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
    private final SeizureState state;
    private final EvidenceFilesViewModel evidence;
    private final ObservableList<CustodyTransfer> custody = FXCollections.observableArrayList();
    private final ObservableList<Person> personChoices = FXCollections.observableArrayList();
    private final Map<UUID, Person> knownPersons = new HashMap<>();
    private final StringProperty personSearch = new SimpleStringProperty("");
    private final StringProperty holder = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> transferredOn = new SimpleObjectProperty<>();
    private final StringProperty purpose = new SimpleStringProperty("");

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
        this.state = new SeizureState(m);
        this.evidence = new EvidenceFilesViewModel(seizures, runner, m, caseId, state, this::done);
        startNew();
    }

    /** Loads the case's seizures (keeping the selection), then re-hashes their files in the background. */
    public void load() {
        state.busy.set(true);
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
            state.busy.set(false);
            knownPersons.putAll(r.getValue());
            list.setAll(r.getKey());
            Seizure was = state.selected.get();
            if (was != null) {
                list.stream().filter(s -> s.id().equals(was.id())).findFirst().ifPresentOrElse(this::select,
                        this::startNew);
            }
            evidence.verifyAll();
        }, this::fail);
    }

    /** An empty form for a new seizure: today, the case's country. */
    public void startNew() {
        state.selected.set(null);
        custody.clear();
        evidence.files().clear();
        state.errors.clear();
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
        state.selected.set(s);
        state.errors.clear();
        Person from = s.seizedFromPersonId() == null ? null : knownPersons.get(s.seizedFromPersonId());
        personChoices.setAll(from == null ? List.of() : List.of(from));
        form.show(s, from);
        custody.setAll(s.custody());
        evidence.files().setAll(s.files());
        resetTransfer();
    }

    /** Adds or saves the seizure in the form. */
    public void save() {
        if (state.busy.get()) {
            return;
        }
        state.errors.clear();
        state.message.set("");
        Seizure draft;
        try {
            draft = form.draft(state.selected.get(), caseId);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        state.busy.set(true);
        runner.run(() -> draft.isNew() ? seizures.add(draft) : seizures.update(draft),
                s -> done(s, "seizure.saved"), this::fail);
    }

    /** Removes the selected seizure (the view asks first). */
    public void remove() {
        Seizure s = state.selected.get();
        if (s == null || state.busy.get()) {
            return;
        }
        state.busy.set(true);
        runner.run(() -> {
            seizures.remove(s.id(), s.version());
            return s;
        }, x -> {
            state.busy.set(false);
            list.removeIf(y -> y.id().equals(s.id()));
            startNew();
            state.message.set(m.get("seizure.removed"));
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
                state.message.set(m.get("seizure.person.noneFound"));
            }
        }, this::fail);
    }

    public void addTransfer() {
        Seizure s = state.selected.get();
        if (s == null || state.busy.get()) {
            return;
        }
        state.errors.clear();
        state.busy.set(true);
        String h = holder.get();
        LocalDate on = transferredOn.get();
        String p = purpose.get();
        runner.run(() -> seizures.addTransfer(s.id(), h, on, p), x -> done(x, "custody.added"), this::fail);
    }

    private void done(Seizure s, String key) {
        state.busy.set(false);
        int i = indexOf(s.id());
        if (i < 0) {
            list.add(s);
        } else {
            list.set(i, s);
        }
        list.sort(java.util.Comparator.comparing(Seizure::seizedOn));
        select(s);
        state.message.set(m.get(key));
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
        state.fail(t);
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
        return state.selected.getReadOnlyProperty();
    }

    public ObservableList<CustodyTransfer> custody() {
        return custody;
    }

    /** The evidence files of the selected seizure. */
    public EvidenceFilesViewModel evidence() {
        return evidence;
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
        return state.errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return state.message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return state.busy.getReadOnlyProperty();
    }
}
