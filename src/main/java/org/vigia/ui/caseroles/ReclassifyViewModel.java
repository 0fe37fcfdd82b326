package org.vigia.ui.caseroles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.Classification;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.Reclassification;
import org.vigia.model.RoleLink;
import org.vigia.service.roles.RoleService;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.TaskRunner;

/**
 * Reclassifying a smuggled migrant or a victim (e.g. smuggled migrant to possible victim, or
 * back): the new classification, the deciding organisation, the decision date and the reason,
 * all required; with the link's history of decisions, oldest first.
 */
public final class ReclassifyViewModel {
    private final RoleService roles;
    private final TaskRunner runner;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProperty<Classification> target = new SimpleObjectProperty<>();
    private final ObjectProperty<DecidingOrganization> decidedBy = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<Classification> choices = FXCollections.observableArrayList();
    private final ObservableList<Reclassification> history = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private RoleLink link;

    public ReclassifyViewModel(RoleService roles, TaskRunner runner, Messages messages, Clock clock) {
        this.roles = roles;
        this.runner = runner;
        this.messages = messages;
        this.clock = clock;
    }

    /** Prepares the pane for {@code l} and reads its history. */
    public void load(RoleLink l) {
        this.link = l;
        Classification now = l.classification();
        current.set(now == null ? messages.get("casePeople.notClassified") : Codes.label(messages, "role.classification.", now));
        choices.setAll(Arrays.stream(Classification.values()).filter(c -> c != now).toList());
        target.set(null);
        decidedBy.set(l.victim() == null ? null : l.victim().decidedBy());
        decidedOn.set(LocalDate.now(clock));
        reason.set("");
        runner.run(() -> roles.history(l.id()), history::setAll, t -> message.set(messages.error(t)));
    }

    /** Records the decision; {@code done} gets the link as it is now. Refusals go on their fields. */
    public void save(Consumer<RoleLink> done) {
        if (link == null || busy.get()) {
            return;
        }
        errors.clear();
        message.set("");
        busy.set(true);
        Classification to = target.get();
        DecidingOrganization by = decidedBy.get();
        LocalDate on = decidedOn.get();
        String why = reason.get();
        runner.run(() -> roles.reclassify(link.id(), link.version(), to, by, on, why), saved -> {
            busy.set(false);
            link = saved;
            done.accept(saved);
        }, t -> {
            busy.set(false);
            message.set(FieldErrors.show(t, errors, messages));
        });
    }

    public ObjectProperty<Classification> targetProperty() {
        return target;
    }

    public ObjectProperty<DecidingOrganization> decidedByProperty() {
        return decidedBy;
    }

    public ObjectProperty<LocalDate> decidedOnProperty() {
        return decidedOn;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<Classification> choices() {
        return choices;
    }

    /** The decisions so far, oldest first. */
    public ObservableList<Reclassification> history() {
        return history;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** The current classification's label. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
