package org.vigia.ui.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.FieldError;
import org.vigia.model.Gender;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Permission;
import org.vigia.model.Person;
import org.vigia.model.PersonMatch;
import org.vigia.model.ValidationException;
import org.vigia.service.persons.PersonMergeService;
import org.vigia.service.persons.PersonService;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.TaskRunner;

/**
 * One person being created or edited, with the existing persons who may be the same human
 * being (asked again as the names, birth, citizenships and documents change), so that nobody
 * is entered twice.
 */
public final class PersonEditorViewModel {
    private final PersonService persons;
    private final PersonMergeService merges;
    private final TaskRunner runner;
    private final Messages messages;
    private final Clock clock;

    private final StringProperty givenNames = new SimpleStringProperty("");
    private final StringProperty familyNames = new SimpleStringProperty("");
    private final StringProperty aliases = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final BooleanProperty estimated = new SimpleBooleanProperty(false);
    private final StringProperty ageYears = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> ageOn = new SimpleObjectProperty<>();
    private final ObservableList<String> citizenships = FXCollections.observableArrayList();
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final ObservableList<IdentityDocument> documents = FXCollections.observableArrayList();
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    private final LikelyMatches matches;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Person> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper masked = new ReadOnlyBooleanWrapper(false);
    private Person baseline;
    private org.vigia.ui.common.RevealIdentity reveal;
    private Runnable onRevealed = () -> { };

    public PersonEditorViewModel(PersonService persons, PersonMergeService merges, TaskRunner runner,
                                 Messages messages, Clock clock) {
        this.persons = persons;
        this.merges = merges;
        this.runner = runner;
        this.messages = messages;
        this.clock = clock;
        this.matches = new LikelyMatches(persons, runner, () -> masked.get() ? null : draftOrNull());
        List<Observable> fields = List.of(givenNames, familyNames, aliases, gender, birthDate, estimated, ageYears,
                ageOn, citizenships, languages, documents, contact, notes);
        fields.forEach(f -> f.addListener(o -> updateDirty()));
    }

    /** Starts a new, empty person. */
    public void startNew() {
        show(blank());
        baseline = draftOrNull();
        loaded.set(true);
        updateDirty();
    }

    /** Starts a new person with the names already typed elsewhere (e.g. in a search box). */
    public void startNew(String given, String family) {
        startNew();
        givenNames.set(given == null ? "" : given);
        familyNames.set(family == null ? "" : family);
    }

    /** Loads a saved person (a victim whose identity is hidden shows read-only, by pseudonym). */
    public void load(UUID id) {
        runner.run(() -> Map.entry(persons.get(id), persons.isMasked(id)), r -> {
            Person p = r.getKey();
            masked.set(r.getValue());
            saved.set(p);
            show(p);
            baseline = draftOrNull();
            loaded.set(true);
            updateDirty();
        }, this::fail);
    }

    /** Saves; on success the editor holds the saved person and is clean. */
    public void save(Consumer<Person> onSaved) {
        if (!loaded.get() || busy.get()) {
            return;
        }
        if (masked.get()) {
            message.set(messages.get("identity.revealToEdit"));
            return;
        }
        errors.clear();
        message.set("");
        Person draft = draftOrNull();
        if (draft == null) {
            message.set(messages.error(new ValidationException(List.of(FieldError.of("ageYears", "validation.number")))));
            errors.put("ageYears", messages.get("validation.number"));
            return;
        }
        busy.set(true);
        runner.run(() -> draft.id() == null ? persons.create(draft) : persons.update(draft), p -> {
            busy.set(false);
            saved.set(p);
            show(p);
            baseline = draftOrNull();
            updateDirty();
            message.set(messages.get("common.saved"));
            onSaved.accept(p);
        }, this::fail);
    }

    /**
     * Folds the existing person {@code duplicateId} into this saved one: their documents and
     * cases become this person's. Refused while this form holds unsaved changes.
     */
    public void merge(UUID duplicateId, String reason, Runnable done) {
        Person kept = saved.get();
        if (kept == null || busy.get()) {
            return;
        }
        if (dirty.get()) {
            message.set(messages.get("people.merge.saveFirst"));
            return;
        }
        errors.clear();
        message.set("");
        busy.set(true);
        runner.run(() -> {
            Person duplicate = persons.get(duplicateId);
            merges.merge(kept.id(), kept.version(), duplicate.id(), duplicate.version(), reason);
            return Map.entry(persons.get(kept.id()), persons.isMasked(kept.id()));
        }, r -> {
            Person p = r.getKey();
            masked.set(r.getValue()); // the victim links of the merged person are the kept one's now
            busy.set(false);
            saved.set(p);
            show(p);
            baseline = draftOrNull();
            updateDirty();
            message.set(messages.get("people.merge.done"));
            refreshMatches();
            done.run();
        }, this::fail);
    }

    /** Reloads the saved person if the form holds no unsaved changes (after a change elsewhere). */
    public void reloadIfClean() {
        Person s = saved.get();
        if (s != null && !dirty.get()) {
            load(s.id());
        }
    }

    /** How identities are revealed here (none: the form never offers it). */
    public void setReveal(org.vigia.ui.common.RevealIdentity action) {
        this.reveal = action;
    }

    /** Runs after this form revealed its person (e.g. to refresh a list that shows the name). */
    public void setOnRevealed(Runnable action) {
        this.onRevealed = action == null ? () -> { } : action;
    }

    /** Whether this account may reveal a hidden identity here. */
    public boolean canReveal() {
        return reveal != null && reveal.allowed();
    }

    /** Asks why, reveals the hidden person shown, then shows their real identity. */
    public void reveal() {
        Person s = saved.get();
        if (reveal == null || s == null || !masked.get()) {
            return;
        }
        reveal.ask(s.id(), s.fullName(), () -> {
            message.set(messages.get("identity.revealed"));
            load(s.id());
            onRevealed.run();
        });
    }

    /** Whether merging is offered: a saved person, and an account that may change persons. */
    public boolean canMerge() {
        return merges != null && canWrite();
    }

    /** Throws away unsaved changes. */
    public void revert() {
        if (baseline != null) {
            show(baseline);
            errors.clear();
            message.set("");
            updateDirty();
        }
    }

    /**
     * Asks for the existing persons who may be this one; an answer to an older question is
     * dropped. Nothing is asked until a name or a document is typed.
     */
    public void refreshMatches() {
        matches.refresh();
    }

    /** The fields whose changes can change the matches. */
    public List<Observable> matchInputs() {
        return List.of(givenNames, familyNames, aliases, birthDate, ageYears, ageOn, citizenships, documents);
    }

    public void addDocument(IdentityDocument d) {
        documents.add(d);
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(FieldErrors.show(t, errors, messages));
    }

    private Person blank() {
        return new Person(null, 0, "", "", List.of(), null, null, false, null, null, List.of(), List.of(), List.of(),
                "", "");
    }

    private void show(Person p) {
        givenNames.set(nz(p.givenNames()));
        familyNames.set(nz(p.familyNames()));
        aliases.set(String.join(", ", p.aliases()));
        gender.set(p.gender());
        birthDate.set(p.birthDate());
        estimated.set(p.birthDateEstimated());
        ageYears.set(p.ageYears() == null ? "" : String.valueOf(p.ageYears()));
        ageOn.set(p.ageOn());
        citizenships.setAll(p.citizenships());
        languages.setAll(p.languages());
        documents.setAll(p.documents());
        contact.set(nz(p.contact()));
        notes.set(nz(p.notes()));
        heading.set(p.id() == null ? messages.get("people.tab.new") : p.fullName());
    }

    /** The person as the form shows it now, or null while the age is not a whole number. */
    public Person draftOrNull() {
        Integer age;
        String ageText = ageYears.get() == null ? "" : ageYears.get().strip();
        try {
            age = ageText.isEmpty() ? null : Integer.valueOf(ageText);
        } catch (NumberFormatException e) {
            return null;
        }
        Person s = saved.get();
        List<String> aliasList = Arrays.stream(nz(aliases.get()).split("[,;]"))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new Person(s == null ? null : s.id(), s == null ? 0 : s.version(), givenNames.get(), familyNames.get(),
                aliasList, gender.get(), birthDate.get(), estimated.get(), age, ageOn.get(), List.copyOf(citizenships),
                List.copyOf(languages), List.copyOf(documents), contact.get(), notes.get());
    }

    private void updateDirty() {
        Person now = draftOrNull();
        dirty.set(baseline != null && (now == null || !now.equals(baseline)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public boolean canWrite() {
        return persons.allows(Permission.CASE_WRITE);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public StringProperty givenNamesProperty() {
        return givenNames;
    }

    public StringProperty familyNamesProperty() {
        return familyNames;
    }

    public StringProperty aliasesProperty() {
        return aliases;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return birthDate;
    }

    public BooleanProperty estimatedProperty() {
        return estimated;
    }

    public StringProperty ageYearsProperty() {
        return ageYears;
    }

    public ObjectProperty<LocalDate> ageOnProperty() {
        return ageOn;
    }

    public ObservableList<String> citizenships() {
        return citizenships;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public ObservableList<IdentityDocument> documents() {
        return documents;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<PersonMatch> matches() {
        return matches.list();
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Whether the person shown is a victim whose identity is hidden (the form is then read-only). */
    public ReadOnlyBooleanProperty maskedProperty() {
        return masked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Person> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
