package org.vigia.ui.evidence;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vigia.l10n.Messages;
import org.vigia.model.FieldError;
import org.vigia.model.Person;
import org.vigia.model.Seizure;
import org.vigia.model.SeizureType;
import org.vigia.model.ValidationException;

/**
 * The fields of the seizure being added or edited, as typed: numbers stay text until they are
 * read in the user's locale (a bad number is refused on its field before any service call).
 */
public final class SeizureForm {
    private final Messages m;
    private final ObjectProperty<SeizureType> type = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> seizedOn = new SimpleObjectProperty<>();
    private final StringProperty country = new SimpleStringProperty();
    private final StringProperty locality = new SimpleStringProperty("");
    private final ObjectProperty<Person> seizedFrom = new SimpleObjectProperty<>();

    SeizureForm(Messages m) {
        this.m = m;
    }

    /** Shows a seizure (or a blank one) in the fields. */
    void show(Seizure s, Person from) {
        type.set(s.type());
        quantity.set(s.quantity() == null ? "" : String.valueOf(s.quantity()));
        amount.set(s.amount() == null ? "" : shown(s.amount()));
        currency.set(nz(s.currency()));
        description.set(nz(s.description()));
        seizedOn.set(s.seizedOn());
        country.set(s.country());
        locality.set(nz(s.locality()));
        seizedFrom.set(from);
    }

    /** The seizure as typed, for {@code base} (null: a new one of case {@code caseId}); refuses unreadable numbers. */
    Seizure draft(Seizure base, UUID caseId) {
        List<FieldError> errors = new ArrayList<>();
        Integer q = null;
        String qt = quantity.get() == null ? "" : quantity.get().strip();
        if (!qt.isEmpty()) {
            try {
                q = Integer.valueOf(qt);
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("quantity", "validation.number"));
            }
        }
        BigDecimal a = null;
        String at = amount.get() == null ? "" : amount.get().strip();
        if (!at.isEmpty()) {
            a = parseAmount(at);
            if (a == null) {
                errors.add(FieldError.of("amount", "error.seizure.notAnAmount",
                        amountFormat().format(new BigDecimal("2700.50"))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Person p = seizedFrom.get();
        return new Seizure(base == null ? null : base.id(), base == null ? 0 : base.version(), caseId, type.get(), q, a,
                blankToNull(currency.get()), description.get(), seizedOn.get(), country.get(), locality.get(),
                p == null ? null : p.id(), null, null);
    }

    /** An amount in the user's locale (grouping allowed), or null when it is not one. */
    BigDecimal parseAmount(String text) {
        DecimalFormat f = amountFormat();
        f.setParseBigDecimal(true);
        char grouping = f.getDecimalFormatSymbols().getGroupingSeparator();
        String t = Character.isSpaceChar(grouping) ? text.replace(' ', grouping).replace('\u00a0', grouping) : text;
        ParsePosition pos = new ParsePosition(0);
        Number n = f.parse(t, pos);
        return n == null || pos.getIndex() != t.length() ? null : (BigDecimal) n;
    }

    /** 2,700 or 2,700.50: cents only when there are some. */
    private String shown(BigDecimal a) {
        DecimalFormat f = amountFormat();
        if (a.stripTrailingZeros().scale() > 0) {
            f.setMinimumFractionDigits(2);
        }
        return f.format(a);
    }

    DecimalFormat amountFormat() {
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(m.locale());
        f.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(m.locale()));
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public ObjectProperty<SeizureType> typeProperty() {
        return type;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<LocalDate> seizedOnProperty() {
        return seizedOn;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty localityProperty() {
        return locality;
    }

    public ObjectProperty<Person> seizedFromProperty() {
        return seizedFrom;
    }
}
