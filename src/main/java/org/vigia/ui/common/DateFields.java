package org.vigia.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers that read and write the user's short date format and never throw on bad text. */
public final class DateFields {
    private DateFields() {
    }

    public static DatePicker picker(Locale locale) {
        DatePicker picker = new DatePicker();
        DateTimeFormatter format = shortWithFullYear(locale);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text, format);
            }
        });
        picker.setPromptText(format.format(LocalDate.of(2026, 11, 28)));
        return picker;
    }

    /**
     * The locale's short date pattern with a four-digit year and one- or two-digit day and
     * month (11/28/2026, 28/11/2026; "3/4/2018" reads as well as "03/04/2018"). Strict: no
     * 31 February.
     */
    public static DateTimeFormatter shortWithFullYear(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String relaxed = pattern.replaceAll("y+", "uuuu").replaceAll("d+", "d").replaceAll("M+", "M");
        return DateTimeFormatter.ofPattern(relaxed, locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date in {@code text}, or null when it is empty or not a date. */
    public static LocalDate parse(String text, DateTimeFormatter format) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), format);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Whether the picker's editor holds text that is not a date. */
    public static boolean hasBadText(DatePicker picker) {
        String text = picker.getEditor().getText();
        return text != null && !text.isBlank() && picker.getConverter().fromString(text) == null;
    }

    /**
     * Takes in the dates typed in {@code pickers} (by field name) even before Enter; a text that
     * is not a date is put on its field in {@code errors} instead. Returns whether all were dates.
     */
    public static boolean commitTyped(java.util.Map<String, DatePicker> pickers, java.util.Map<String, String> errors,
                                      org.vigia.l10n.Messages m) {
        boolean ok = true;
        for (var entry : pickers.entrySet()) {
            DatePicker p = entry.getValue();
            if (hasBadText(p)) {
                errors.put(entry.getKey(), m.get("validation.badDate", p.getPromptText()));
                ok = false;
            } else {
                p.setValue(p.getConverter().fromString(p.getEditor().getText()));
            }
        }
        return ok;
    }
}
