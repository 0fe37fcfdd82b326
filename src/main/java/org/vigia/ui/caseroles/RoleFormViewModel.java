package org.vigia.ui.caseroles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.vigia.l10n.Messages;
import org.vigia.model.RoleLink;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.TaskRunner;

/**
 * The fields of one role link (the suspect's, the victim's or the smuggled migrant's part, and
 * the note). Saving sends back the details of the link's other role untouched (a reclassified
 * link keeps both its migrant and its victim details); the trafficking status only changes
 * through a reclassification.
 */
public final class RoleFormViewModel {
    private final org.vigia.service.roles.RoleService roles;
    private final TaskRunner runner;
    private final Messages messages;
    private final Runnable onSaved;
    private final StringProperty note = new SimpleStringProperty("");
    private final SuspectFields suspect = new SuspectFields();
    private final VictimFields victim = new VictimFields();
    private final MigrantFields migrant;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<RoleLink> link = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper minor = new ReadOnlyStringWrapper("");
    private RoleLink baseline;
    private boolean showing;

    public RoleFormViewModel(org.vigia.service.roles.RoleService roles, TaskRunner runner, Messages messages,
                             Runnable onSaved) {
        this.roles = roles;
        this.runner = runner;
        this.messages = messages;
        this.onSaved = onSaved;
        this.migrant = new MigrantFields(messages.locale());
        List<Observable> fields = new ArrayList<>(List.of(note));
        fields.addAll(suspect.all());
        fields.addAll(victim.all());
        fields.addAll(migrant.all());
        fields.forEach(f -> f.addListener(o -> updateDirty()));
    }

    /** Reads the link and shows its fields. */
    public void load(UUID linkId) {
        runner.run(() -> roles.get(linkId), this::show, t -> message.set(messages.error(t)));
    }

    /** Shows nothing (no person selected). */
    public void clear() {
        baseline = null;
        link.set(null);
        errors.clear();
        message.set("");
        dirty.set(false);
    }

    /** Saves the fields; a refusal is shown on its fields and nothing is written. */
    public void save() {
        RoleLink base = link.get();
        if (base == null || busy.get()) {
            return;
        }
        errors.clear();
        message.set("");
        RoleLink draft = draftOrNull();
        if (draft == null) {
            return;
        }
        busy.set(true);
        runner.run(() -> roles.update(draft), saved -> {
            busy.set(false);
            show(saved);
            message.set(messages.get("common.saved"));
            onSaved.run();
        }, t -> {
            busy.set(false);
            message.set(FieldErrors.show(t, errors, messages));
        });
    }

    /** Throws away unsaved changes. */
    public void revert() {
        if (link.get() != null) {
            show(link.get());
        }
    }

    private void show(RoleLink l) {
        boolean other = link.get() == null || !link.get().id().equals(l.id());
        showing = true;
        link.set(l);
        note.set(Codes.text(l.note()));
        suspect.show(l.suspect());
        victim.show(l.victim());
        migrant.show(l.migrant());
        minor.set(l.minorAtIdentification() == null ? messages.get("casePeople.minor.unknown")
                : messages.get(l.minorAtIdentification() ? "common.yes" : "common.no"));
        showing = false;
        errors.clear();
        if (other) {
            message.set("");
        }
        baseline = quietDraft();
        updateDirty();
    }

    /** The link as the form shows it; null (with the field named) while a number is not one. */
    RoleLink draftOrNull() {
        RoleLink base = link.get();
        RoleLink d = base.withNote(Codes.orNull(note.get()));
        switch (base.role()) {
            case SUSPECT -> d = d.withSuspect(suspect.draft());
            case VICTIM -> {
                try {
                    d = d.withVictim(victim.draft());
                } catch (NumberFormatException e) {
                    errors.put("ageWhenTrafficked", messages.get("validation.number"));
                    message.set(messages.get("validation.line", messages.field("ageWhenTrafficked"),
                            messages.get("validation.number")));
                    return null;
                }
            }
            case SMUGGLED_MIGRANT -> {
                try {
                    d = d.withMigrant(migrant.draft());
                } catch (NumberFormatException e) {
                    errors.put("feeAmount", messages.get("casePeople.error.amount"));
                    message.set(messages.get("validation.line", messages.field("feeAmount"),
                            messages.get("casePeople.error.amount")));
                    return null;
                }
            }
            default -> { }
        }
        return d;
    }

    private RoleLink quietDraft() {
        RoleLink base = link.get();
        if (base == null) {
            return null;
        }
        try {
            return switch (base.role()) {
                case SUSPECT -> base.withNote(Codes.orNull(note.get())).withSuspect(suspect.draft());
                case VICTIM -> base.withNote(Codes.orNull(note.get())).withVictim(victim.draft());
                case SMUGGLED_MIGRANT -> base.withNote(Codes.orNull(note.get())).withMigrant(migrant.draft());
                default -> base.withNote(Codes.orNull(note.get()));
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void updateDirty() {
        if (!showing) {
            RoleLink now = quietDraft();
            dirty.set(baseline != null && (now == null || !Objects.equals(now, baseline)));
        }
    }

    public StringProperty noteProperty() {
        return note;
    }

    public SuspectFields suspect() {
        return suspect;
    }

    public VictimFields victim() {
        return victim;
    }

    public MigrantFields migrant() {
        return migrant;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyObjectProperty<RoleLink> linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Yes" / "No" / "unknown": minor at identification, as the service computed it. */
    public ReadOnlyStringProperty minorProperty() {
        return minor.getReadOnlyProperty();
    }
}
