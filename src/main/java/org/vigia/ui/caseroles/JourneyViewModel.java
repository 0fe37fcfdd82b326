package org.vigia.ui.caseroles;

import java.time.LocalDate;
import java.util.UUID;
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
import org.vigia.model.Conveyance;
import org.vigia.model.JourneyEventType;
import org.vigia.model.JourneyLeg;
import org.vigia.service.roles.JourneyService;
import org.vigia.ui.common.FieldErrors;
import org.vigia.ui.common.TaskRunner;

/**
 * The journey of the selected person in the case: the legs in order (by date, undated last),
 * and one leg being added or edited at a time.
 */
public final class JourneyViewModel {
    private final UUID caseId;
    private final JourneyService journeys;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<JourneyLeg> legs = FXCollections.observableArrayList();
    private final ObjectProperty<JourneyEventType> type = new SimpleObjectProperty<>();
    private final StringProperty country = new SimpleStringProperty();
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<Conveyance> conveyance = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private UUID personId;
    private JourneyLeg edited;

    public JourneyViewModel(UUID caseId, JourneyService journeys, TaskRunner runner, Messages messages) {
        this.caseId = caseId;
        this.journeys = journeys;
        this.runner = runner;
        this.messages = messages;
    }

    /** Shows the journey of {@code person} (null: nobody). */
    public void show(UUID person) {
        personId = person;
        editing.set(false);
        errors.clear();
        message.set("");
        if (person == null) {
            legs.clear();
        } else {
            reload();
        }
    }

    private void reload() {
        UUID who = personId;
        runner.run(() -> journeys.legs(caseId, who), found -> {
            if (who.equals(personId)) {
                legs.setAll(found);
            }
        }, t -> message.set(messages.error(t)));
    }

    /** Opens the leg form empty, for a new leg. */
    public void startAdd() {
        edited = null;
        fill(null, null, "", null, null, "");
        editing.set(personId != null);
    }

    /** Opens the leg form on {@code leg}. */
    public void startEdit(JourneyLeg leg) {
        edited = leg;
        fill(leg.type(), leg.country(), Codes.text(leg.place()), leg.date(), leg.conveyance(), Codes.text(leg.notes()));
        editing.set(true);
    }

    public void cancel() {
        editing.set(false);
        errors.clear();
    }

    /** Saves the leg in the form; refusals are shown on their fields. */
    public void save() {
        if (personId == null || !editing.get()) {
            return;
        }
        errors.clear();
        message.set("");
        JourneyLeg draft = edited == null
                ? JourneyLeg.of(caseId, personId, type.get(), Codes.orNull(country.get()), Codes.orNull(place.get()),
                        date.get(), conveyance.get(), Codes.orNull(notes.get()))
                : new JourneyLeg(edited.id(), edited.version(), caseId, personId, type.get(),
                        Codes.orNull(country.get()), Codes.orNull(place.get()), date.get(), conveyance.get(),
                        Codes.orNull(notes.get()), 0, null, null);
        if (draft.type() == null) {
            errors.put("eventType", messages.get("validation.required"));
            message.set(messages.get("validation.line", messages.field("eventType"), messages.get("validation.required")));
            return;
        }
        runner.run(() -> draft.id() == null ? journeys.add(draft) : journeys.update(draft), saved -> {
            editing.set(false);
            message.set(messages.get("common.saved"));
            reload();
        }, t -> message.set(FieldErrors.show(t, errors, messages)));
    }

    /** Removes {@code leg} (a tombstone). */
    public void remove(JourneyLeg leg) {
        message.set("");
        runner.run(() -> {
            journeys.remove(leg.id(), leg.version());
            return null;
        }, done -> {
            if (edited != null && edited.id().equals(leg.id())) {
                editing.set(false);
            }
            reload();
        }, t -> message.set(messages.error(t)));
    }

    private void fill(JourneyEventType t, String c, String p, LocalDate d, Conveyance v, String n) {
        type.set(t);
        country.set(c);
        place.set(p);
        date.set(d);
        conveyance.set(v);
        notes.set(n);
        errors.clear();
    }

    /** A leg in one line: stage, date, place, country, conveyance. */
    public String describe(JourneyLeg leg) {
        StringBuilder sb = new StringBuilder(Codes.label(messages, "journey.event.", leg.type()));
        sb.append(" \u00b7 ").append(leg.date() == null ? messages.get("journey.undated") : messages.date(leg.date()));
        String where = java.util.stream.Stream.of(leg.place(), messages.country(leg.country()))
                .filter(s -> s != null && !s.isBlank()).collect(java.util.stream.Collectors.joining(", "));
        if (!where.isEmpty()) {
            sb.append(" \u00b7 ").append(where);
        }
        if (leg.conveyance() != null) {
            sb.append(" \u00b7 ").append(Codes.label(messages, "journey.conveyance.", leg.conveyance()));
        }
        return sb.toString();
    }

    public ObservableList<JourneyLeg> legs() {
        return legs;
    }

    public ObjectProperty<JourneyEventType> typeProperty() {
        return type;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<Conveyance> conveyanceProperty() {
        return conveyance;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Whether the leg form is open. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
