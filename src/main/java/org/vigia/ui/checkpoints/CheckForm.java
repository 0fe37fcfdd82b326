package org.vigia.ui.checkpoints;

import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vigia.l10n.Messages;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckAction;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckDirection;
import org.vigia.model.CheckResult;
import org.vigia.model.CheckSubject;
import org.vigia.model.DocumentType;
import org.vigia.model.FieldError;
import org.vigia.model.Gender;
import org.vigia.model.TravelPurpose;

/** The entry form's values; the View binds its inputs to them. */
public final class CheckForm {
    public final StringProperty checkedAt = new SimpleStringProperty("");
    public final StringProperty familyNames = new SimpleStringProperty("");
    public final StringProperty givenNames = new SimpleStringProperty("");
    public final StringProperty birthDate = new SimpleStringProperty("");
    public final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    public final StringProperty nationality = new SimpleStringProperty("");
    public final BooleanProperty minor = new SimpleBooleanProperty();
    public final StringProperty docNumber = new SimpleStringProperty("");
    public final ObjectProperty<DocumentType> docType = new SimpleObjectProperty<>();
    public final StringProperty docCountry = new SimpleStringProperty("");
    public final ObjectProperty<CheckDirection> direction = new SimpleObjectProperty<>(CheckDirection.ENTRY);
    public final ObjectProperty<TravelPurpose> purpose = new SimpleObjectProperty<>();
    public final ObjectProperty<CheckConveyance> conveyance = new SimpleObjectProperty<>();
    public final StringProperty conveyanceRef = new SimpleStringProperty("");
    public final StringProperty vesselImo = new SimpleStringProperty("");
    public final StringProperty vesselFlag = new SimpleStringProperty("");
    public final ObjectProperty<CheckResult> result = new SimpleObjectProperty<>();
    public final ObjectProperty<CheckAction> action = new SimpleObjectProperty<>(CheckAction.NONE);
    public final StringProperty notes = new SimpleStringProperty("");
    final java.util.Map<String, String> localErrors = new java.util.HashMap<>();

    CheckSubject subject(Messages m) {
        return new CheckSubject(givenNames.get(), familyNames.get(), date(birthDate.get(), null, m),
                upper(nationality.get()), docNumber.get(), docType.get(), upper(docCountry.get()));
    }

    BorderCheck draft(java.util.UUID controlId, Instant at, Messages m) {
        localErrors.clear();
        java.time.LocalDate born = date(birthDate.get(), "birthDate", m);
        return new BorderCheck(null, 0, controlId, at, null, givenNames.get(), familyNames.get(), born, gender.get(),
                upper(nationality.get()), minor.get() ? Boolean.TRUE : null, docNumber.get(),
                blank(docNumber.get()) ? null : docType.get(), blank(docNumber.get()) ? null : upper(docCountry.get()),
                direction.get(), purpose.get(), conveyance.get(), conveyanceRef.get(),
                conveyance.get() == CheckConveyance.VESSEL ? vesselImo.get() : null,
                conveyance.get() == CheckConveyance.VESSEL ? upper(vesselFlag.get()) : null, result.get(),
                action.get(), notes.get());
    }

    void clearForNext() {
        for (StringProperty p : List.of(familyNames, givenNames, birthDate, docNumber, notes)) {
            p.set("");
        }
        gender.set(null);
        minor.set(false);
        result.set(null);
        action.set(CheckAction.NONE);
    }

    private java.time.LocalDate date(String text, String field, Messages m) {
        if (blank(text)) {
            return null;
        }
        java.time.LocalDate d = org.vigia.ui.common.DateFields.parse(text,
                org.vigia.ui.common.DateFields.shortWithFullYear(m.locale()));
        if (d == null && field != null) {
            localErrors.put(field, m.fieldError(FieldError.of(field, "validation.badDate", "1990-05-01")));
        }
        return d;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String upper(String s) {
        return blank(s) ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
