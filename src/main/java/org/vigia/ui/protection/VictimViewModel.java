package org.vigia.ui.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
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
import org.vigia.model.Guardian;
import org.vigia.model.Permission;
import org.vigia.model.ProtectionEntry;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.VictimProtection;
import org.vigia.service.protection.ProtectionService;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.TaskRunner;

/**
 * One open victim: the header, the history (oldest first), and the form shown (add an entry,
 * correct the latest, set the follow-up, the guardian). A refused form keeps its input and shows
 * each error on its field; nothing is saved.
 */
public final class VictimViewModel {
    /** The form on show. */
    public enum Form { NONE, ADD, CORRECT, FOLLOW_UP, GUARDIAN }

    private final ProtectionService protection;
    private final TaskRunner runner;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<VictimProtection> victim = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Form> form = new ReadOnlyObjectWrapper<>(Form.NONE);
    private final ObjectProperty<ProtectionStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> followUp = new SimpleObjectProperty<>();
    private final StringProperty followUpNote = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty guardianName = new SimpleStringProperty("");
    private final StringProperty guardianRelation = new SimpleStringProperty("");
    private final StringProperty guardianContact = new SimpleStringProperty("");
    private final ObservableList<ProtectionStatus> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<ProtectionEntry> entries = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Runnable onChanged = () -> { };
    private UUID linkId;

    public VictimViewModel(ProtectionService protection, TaskRunner runner, Messages messages) {
        this.protection = protection;
        this.runner = runner;
        this.messages = messages;
    }

    /** Reads victim link {@code id}. */
    public void load(UUID id) {
        this.linkId = id;
        heading.set(messages.get("common.loading"));
        runner.run(() -> protection.get(id), this::show, t -> message.set(messages.error(t)));
    }

    /** Reads the victim again (after a change elsewhere). */
    public void reload() {
        if (linkId != null) {
            load(linkId);
        }
    }

    private void show(VictimProtection v) {
        victim.set(v);
        entries.setAll(v.entries());
        heading.set(messages.get("protection.victim.heading", v.displayName(), v.caseNumber()));
    }

    /** Today by the services' clock (days since the last change). */
    public LocalDate today() {
        return protection.today();
    }

    public boolean canWrite() {
        return protection.allows(Permission.CASE_WRITE);
    }

    /** Opens the form to add a status entry: the statuses allowed now, dated today. */
    public void startAdd() {
        VictimProtection v = victim.get();
        if (v == null) {
            return;
        }
        clearForm();
        statusChoices.setAll(ProtectionStatus.allowedAfter(v.latest() == null ? null : v.status()));
        date.set(protection.today());
        form.set(Form.ADD);
    }

    /** Opens the form to correct the latest entry: its values to change, and a reason. */
    public void startCorrect() {
        VictimProtection v = victim.get();
        if (v == null || v.latest() == null) {
            message.set(messages.get("protection.correct.nothing"));
            return;
        }
        clearForm();
        List<ProtectionEntry> before = new ArrayList<>(v.effective());
        ProtectionEntry latest = before.remove(before.size() - 1);
        statusChoices.setAll(ProtectionStatus.allowedAfter(before.isEmpty() ? null : before.get(before.size() - 1).status()));
        status.set(latest.status());
        date.set(latest.date());
        note.set(latest.note() == null ? "" : latest.note());
        form.set(Form.CORRECT);
    }

    public void startFollowUp() {
        VictimProtection v = victim.get();
        if (v == null) {
            return;
        }
        clearForm();
        followUp.set(v.followUpOn());
        followUpNote.set(v.followUpNote() == null ? "" : v.followUpNote());
        form.set(Form.FOLLOW_UP);
    }

    public void startGuardian() {
        VictimProtection v = victim.get();
        if (v == null) {
            return;
        }
        clearForm();
        guardianName.set(v.guardian().name() == null ? "" : v.guardian().name());
        guardianRelation.set(v.guardian().relation() == null ? "" : v.guardian().relation());
        guardianContact.set(v.guardian().contact() == null ? "" : v.guardian().contact());
        form.set(Form.GUARDIAN);
    }

    /** Closes the form without saving. */
    public void cancel() {
        clearForm();
        form.set(Form.NONE);
    }

    private void clearForm() {
        errors.clear();
        message.set("");
        status.set(null);
        date.set(null);
        note.set("");
        followUp.set(null);
        followUpNote.set("");
        reason.set("");
    }

    /** Saves the form on show; on success the form closes and the victim shows as saved. */
    public void save() {
        VictimProtection v = victim.get();
        if (v == null || busy.get() || form.get() == Form.NONE) {
            return;
        }
        errors.clear();
        message.set("");
        UUID id = v.linkId();
        int version = v.version();
        ProtectionStatus s = status.get();
        LocalDate on = date.get();
        String text = note.get();
        LocalDate next = followUp.get();
        Callable<VictimProtection> work = switch (form.get()) {
            case ADD -> () -> protection.addEntry(id, version, s, on, text, next);
            case CORRECT -> {
                UUID entry = v.latest().id();
                String why = reason.get();
                yield () -> protection.correct(id, version, entry, s, on, text, why);
            }
            case FOLLOW_UP -> {
                String what = followUpNote.get();
                yield () -> protection.setFollowUp(id, version, next, what);
            }
            default -> {
                Guardian g = new Guardian(guardianName.get(), guardianRelation.get(), guardianContact.get());
                yield () -> protection.setGuardian(id, version, g);
            }
        };
        busy.set(true);
        runner.run(work, saved -> {
            busy.set(false);
            form.set(Form.NONE);
            show(saved);
            message.set(messages.get("common.saved"));
            onChanged.run();
        }, t -> {
            busy.set(false);
            message.set(FieldErrors.show(t, errors, messages));
        });
    }

    /** Runs after each saved change (the view's counts and list reload). */
    public void setOnChanged(Runnable action) {
        this.onChanged = action;
    }

    public ReadOnlyObjectProperty<VictimProtection> victimProperty() {
        return victim.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Form> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ObjectProperty<ProtectionStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<LocalDate> followUpProperty() {
        return followUp;
    }

    public StringProperty followUpNoteProperty() {
        return followUpNote;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty guardianNameProperty() {
        return guardianName;
    }

    public StringProperty guardianRelationProperty() {
        return guardianRelation;
    }

    public StringProperty guardianContactProperty() {
        return guardianContact;
    }

    /** The statuses the form may choose (allowed from the status before). */
    public ObservableList<ProtectionStatus> statusChoices() {
        return statusChoices;
    }

    /** The history, oldest first, corrected entries included. */
    public ObservableList<ProtectionEntry> entries() {
        return entries;
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

    public UUID linkId() {
        return linkId;
    }
}
