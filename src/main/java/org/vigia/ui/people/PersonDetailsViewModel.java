package org.vigia.ui.people;

import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigia.l10n.Messages;
import org.vigia.model.PersonMerge;
import org.vigia.service.persons.PersonMergeService;
import org.vigia.ui.common.TaskRunner;

/** What is recorded around one saved person: the records merged into them (and undoing a merge). */
public final class PersonDetailsViewModel {
    private final PersonMergeService merges;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<PersonMerge> merged = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private UUID personId;

    public PersonDetailsViewModel(PersonMergeService merges, TaskRunner runner, Messages messages) {
        this.merges = merges;
        this.runner = runner;
        this.messages = messages;
    }

    /** Loads what is recorded around {@code id}. */
    public void load(UUID id) {
        this.personId = id;
        runner.run(() -> merges.mergesInto(id), merged::setAll, t -> message.set(messages.error(t)));
    }

    public void reload() {
        if (personId != null) {
            load(personId);
        }
    }

    /** Undoes {@code merge}; {@code done} runs after it succeeded (the person changed). */
    public void undo(PersonMerge merge, Runnable done) {
        message.set("");
        runner.run(() -> merges.undo(merge.id()), undone -> {
            message.set(messages.get("people.merge.undone", undone.mergedName()));
            reload();
            done.run();
        }, t -> message.set(messages.error(t)));
    }

    public ObservableList<PersonMerge> merged() {
        return merged;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
