package org.vigia.ui.caseroles;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseRole;
import org.vigia.model.RoleLink;
import org.vigia.service.roles.RoleService;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.TaskRunner;
import org.vigia.ui.people.PersonEditorViewModel;

/**
 * Adding a person to a case: the role first, then either an existing person (picked from the
 * likely matches of what is typed) or the typed person, saved, linked in that role.
 */
public final class AddPersonViewModel {
    private final UUID caseId;
    private final RoleService roles;
    private final PersonEditorViewModel person;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObjectProperty<CaseRole> role = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public AddPersonViewModel(UUID caseId, RoleService roles, PersonEditorViewModel person, TaskRunner runner,
                              Messages messages) {
        this.caseId = caseId;
        this.roles = roles;
        this.person = person;
        this.runner = runner;
        this.messages = messages;
        person.startNew();
    }

    /** Links the existing person {@code personId} in the chosen role; {@code done} gets the new link. */
    public void linkExisting(UUID personId, Consumer<RoleLink> done) {
        if (!roleChosen() || busy.get()) {
            return;
        }
        busy.set(true);
        RoleLink draft = RoleLink.of(caseId, personId, role.get(), Codes.orNull(note.get()));
        runner.run(() -> roles.add(draft), added -> {
            busy.set(false);
            done.accept(added);
        }, t -> {
            busy.set(false);
            message.set(FieldErrors.show(t, errors, messages));
        });
    }

    /** Saves the typed person (refusals on the person's fields), then links them in the chosen role. */
    public void saveNewAndLink(Consumer<RoleLink> done) {
        if (roleChosen()) {
            person.save(p -> linkExisting(p.id(), done));
        }
    }

    /**
     * Whether a role is chosen (else the role field says it is required): checked before the
     * typed person is saved, so that nobody is created without a link.
     */
    public boolean roleChosen() {
        errors.clear();
        message.set("");
        if (role.get() == null) {
            errors.put("role", messages.get("validation.required"));
            message.set(messages.get("validation.line", messages.field("role"), messages.get("validation.required")));
            return false;
        }
        return true;
    }

    public PersonEditorViewModel person() {
        return person;
    }

    public ObjectProperty<CaseRole> roleProperty() {
        return role;
    }

    public StringProperty noteProperty() {
        return note;
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
