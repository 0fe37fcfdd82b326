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

/**
 * What is recorded around one saved person: every case and role they have, and the records
 * merged into them (with undoing a merge).
 */
public final class PersonDetailsViewModel {
    private final PersonMergeService merges;
    private final org.vigia.service.roles.RoleService roles;
    private final ObservableList<org.vigia.model.PersonCaseRole> caseRoles = FXCollections.observableArrayList();
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<PersonMerge> merged = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private UUID personId;

    public PersonDetailsViewModel(PersonMergeService merges, org.vigia.service.roles.RoleService roles,
                                  TaskRunner runner, Messages messages) {
        this.merges = merges;
        this.roles = roles;
        this.runner = runner;
        this.messages = messages;
    }

    /** Loads what is recorded around {@code id}. */
    public void load(UUID id) {
        this.personId = id;
        runner.run(() -> new Object[] {roles.rolesOfPerson(id), merges.mergesInto(id)}, r -> {
            @SuppressWarnings("unchecked")
            java.util.List<org.vigia.model.PersonCaseRole> found = (java.util.List<org.vigia.model.PersonCaseRole>) r[0];
            @SuppressWarnings("unchecked")
            java.util.List<PersonMerge> done = (java.util.List<PersonMerge>) r[1];
            caseRoles.setAll(found);
            merged.setAll(done);
        }, t -> message.set(messages.error(t)));
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

    /** Every case and role of the person, newest case first. */
    public ObservableList<org.vigia.model.PersonCaseRole> caseRoles() {
        return caseRoles;
    }

    public ObservableList<PersonMerge> merged() {
        return merged;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
