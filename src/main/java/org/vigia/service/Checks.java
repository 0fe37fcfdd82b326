package org.vigia.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigia.model.FieldError;
import org.vigia.model.ValidationException;

/** Collects field errors of one form; {@link #throwIfAny()} refuses the whole write. */
public final class Checks {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\t]");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final List<FieldError> errors = new ArrayList<>();

    public Checks add(String field, String key, Object... args) {
        errors.add(FieldError.of(field, key, args));
        return this;
    }

    public boolean ok(String field) {
        return errors.stream().noneMatch(e -> e.field().equals(field));
    }

    /** A required one-line text: not blank, at most {@code max} characters, no control characters. */
    public Checks requiredLine(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return add(field, "validation.required");
        }
        return optionalLine(field, value, max);
    }

    public Checks optionalLine(String field, String value, int max) {
        if (value == null) {
            return this;
        }
        if (value.strip().length() > max) {
            return add(field, "validation.tooLong", max);
        }
        if (CONTROL.matcher(value).find() || LINE_BREAK.matcher(value).find()) {
            return add(field, "validation.controlChars");
        }
        return this;
    }

    /** Multi-line text: line breaks allowed, other control characters not. */
    public Checks optionalText(String field, String value, int max) {
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            return add(field, "validation.tooLong", max);
        }
        if (CONTROL.matcher(value).find()) {
            return add(field, "validation.controlChars");
        }
        return this;
    }

    public Checks pattern(String field, String value, Pattern pattern, String example) {
        if (ok(field) && value != null && !pattern.matcher(value.strip()).matches()) {
            add(field, "validation.malformed", example);
        }
        return this;
    }

    public Checks requiredDate(String field, LocalDate date) {
        if (date == null) {
            return add(field, "validation.required");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            return add(field, "validation.dateRange", EARLIEST, LATEST);
        }
        return this;
    }

    public Checks requiredCountry(String field, String code) {
        if (code == null || code.isBlank()) {
            return add(field, "validation.required");
        }
        return country(field, code);
    }

    public Checks country(String field, String code) {
        if (code == null || !COUNTRIES.contains(code)) { // an immutable set refuses contains(null)
            add(field, "validation.unknownCountry", code);
        }
        return this;
    }

    /** Each value once: reports the first repeated one. */
    public <T> Checks distinct(String field, List<T> values) {
        Set<T> seen = new HashSet<>();
        for (T v : values) {
            if (!seen.add(v)) {
                return add(field, "validation.duplicateValue", v);
            }
        }
        return this;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }
}
