package org.vigia.ui.caseroles;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vigia.model.MigrantDetails;

/** The smuggled migrant's fields of the role form; the fee is typed as the user's number format. */
public final class MigrantFields {
    public final StringProperty detectedCountry = new SimpleStringProperty();
    public final StringProperty detectedPlace = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> detectedOn = new SimpleObjectProperty<>();
    public final StringProperty feeAmount = new SimpleStringProperty("");
    public final StringProperty feeCurrency = new SimpleStringProperty();
    public final StringProperty destinationCountry = new SimpleStringProperty();
    private final Locale locale;

    MigrantFields(Locale locale) {
        this.locale = locale;
    }

    List<Observable> all() {
        return List.of(detectedCountry, detectedPlace, detectedOn, feeAmount, feeCurrency, destinationCountry);
    }

    /** ISO 4217 codes, sorted. */
    public static List<String> currencies() {
        return Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
    }

    void show(MigrantDetails m) {
        MigrantDetails d = m == null ? new MigrantDetails(null, null, null, null, null, null) : m;
        detectedCountry.set(d.detectedCountry());
        detectedPlace.set(Codes.text(d.detectedPlace()));
        detectedOn.set(d.detectedOn());
        feeAmount.set(d.feeAmount() == null ? "" : format().format(d.feeAmount()));
        feeCurrency.set(d.feeCurrency());
        destinationCountry.set(d.destinationCountry());
    }

    /** The details as typed; throws NumberFormatException when the fee is not a number. */
    MigrantDetails draft() {
        return new MigrantDetails(Codes.orNull(detectedCountry.get()), Codes.orNull(detectedPlace.get()),
                detectedOn.get(), amount(feeAmount.get()), Codes.orNull(feeCurrency.get()),
                Codes.orNull(destinationCountry.get()));
    }

    private DecimalFormat format() {
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(10);
        f.setParseBigDecimal(true);
        return f;
    }

    private BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        ParsePosition pos = new ParsePosition(0);
        DecimalFormat f = format();
        f.setGroupingUsed(true);
        Object parsed = f.parse(t, pos);
        if (parsed instanceof BigDecimal b && pos.getIndex() == t.length()) {
            return b;
        }
        return new BigDecimal(t);
    }
}
