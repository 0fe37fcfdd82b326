package org.vigia.ui.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.ConsentAnswer;
import org.vigia.model.ConsentKind;
import org.vigia.model.ConsentRecord;
import org.vigia.model.ConsentState;
import org.vigia.model.Permission;
import org.vigia.service.care.ConsentService;
import org.vigia.ui.common.TaskRunner;

/**
 * The consent of one victim: the answers in force, the whole history (append-only), the form of
 * a new answer, and "withdraw" for an answer in force that is yes.
 */
public final class ConsentViewModel {
    private final ConsentService consent;
    private final TaskRunner runner;
    private final UUID linkId;
    private final CareState state;
    private final ObservableList<ConsentRecord> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConsentState> current = new ReadOnlyObjectWrapper<>(ConsentState.none());
    private final ObjectProperty<ConsentRecord> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentKind> kind = new SimpleObjectProperty<>();
    private final StringProperty organisation = new SimpleStringProperty("");
    private final BooleanProperty given = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final StringProperty takenBy = new SimpleStringProperty("");

    public ConsentViewModel(ConsentService consent, Messages m, TaskRunner runner, UUID linkId) {
        this.consent = consent;
        this.runner = runner;
        this.linkId = linkId;
        this.state = new CareState(m);
        clearForm();
    }

    public void load() {
        state.busy.set(true);
        runner.run(() -> consent.history(linkId), this::show, state::fail);
    }

    /** Records the answer in the form. */
    public void record() {
        ConsentRecord draft = ConsentRecord.draft(linkId, kind.get(), organisation.get(), given.get(), on.get(),
                takenBy.get());
        write(draft, "care.consent.recorded", true);
    }

    /** Whether {@code r} is an answer in force that is yes (so it can be withdrawn). */
    public boolean canWithdraw(ConsentRecord r) {
        if (r == null || !r.given()) {
            return false;
        }
        ConsentState s = current.get();
        ConsentAnswer now = switch (r.kind()) {
            case SERVICES -> s.services();
            case NON_IDENTIFIABLE_REPORTING -> s.reporting();
            case SHARING -> s.sharingWith(r.organisation());
        };
        return now == ConsentAnswer.GIVEN;
    }

    /** Records a withdrawal (a new answer "no", today) of the consent {@code r} stands for (the view asks first). */
    public void withdraw(ConsentRecord r) {
        if (!canWithdraw(r)) {
            return;
        }
        write(ConsentRecord.draft(linkId, r.kind(), r.organisation(), false, consent.today(), null),
                "care.consent.withdrawn", false);
    }

    private void write(ConsentRecord draft, String doneKey, boolean clear) {
        if (!state.begin()) {
            return;
        }
        runner.run(() -> {
            consent.record(draft);
            return consent.history(linkId);
        }, all -> {
            show(all);
            if (clear) {
                clearForm();
            }
            state.done(doneKey);
        }, state::fail);
    }

    private void show(List<ConsentRecord> all) {
        state.busy.set(false);
        history.setAll(all);
        current.set(ConsentState.of(all));
        selected.set(null);
    }

    private void clearForm() {
        kind.set(null);
        organisation.set("");
        given.set(true);
        on.set(consent.today());
        takenBy.set("");
    }

    public boolean canWrite() {
        return consent.allows(Permission.CASE_WRITE);
    }

    public ObservableList<ConsentRecord> history() {
        return history;
    }

    public ReadOnlyObjectProperty<ConsentState> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObjectProperty<ConsentRecord> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ConsentKind> kindProperty() {
        return kind;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public BooleanProperty givenProperty() {
        return given;
    }

    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    public StringProperty takenByProperty() {
        return takenBy;
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
