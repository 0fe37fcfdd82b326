package org.vigia.service.watchlists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigia.model.FieldError;
import org.vigia.model.WatchListKind;
import org.vigia.service.Checks;

/**
 * The header block of a list file: the list's name, kind, version (numbers separated by dots,
 * compared part by part), date and source.
 */
record ListHeader(String name, WatchListKind kind, String version, LocalDate date, String source) {
    static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,5}");

    /** Checks the values read; adds the problems (by header key) to {@code problems}. Null kind when unknown. */
    static ListHeader parse(Map<String, String> values, LocalDate today, List<FieldError> problems) {
        for (String key : ListFormat.HEADER_KEYS) {
            if (values.get(key) == null || values.get(key).isEmpty()) {
                problems.add(FieldError.of(key, "validation.required"));
            }
        }
        Checks checks = new Checks();
        checks.optionalLine(ListFormat.LIST, values.get(ListFormat.LIST), ListFormat.LIST_NAME_MAX);
        checks.optionalLine(ListFormat.SOURCE, values.get(ListFormat.SOURCE), ListFormat.SOURCE_MAX);
        String version = values.get(ListFormat.VERSION);
        if (version != null && !version.isEmpty() && (version.length() > ListFormat.VERSION_MAX
                || !VERSION.matcher(version).matches())) {
            checks.add(ListFormat.VERSION, "watchlist.error.version", version);
        }
        WatchListKind kind = null;
        String kindText = values.get(ListFormat.KIND);
        if (kindText != null && !kindText.isEmpty()) {
            try {
                kind = WatchListKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                checks.add(ListFormat.KIND, "error.import.row.unknownCode", kindText, "PERSONS, DOCUMENTS");
            }
        }
        LocalDate date = null;
        String dateText = values.get(ListFormat.DATE);
        if (dateText != null && !dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
                if (date.isAfter(today)) {
                    checks.add(ListFormat.DATE, "validation.future");
                } else if (date.isBefore(Checks.EARLIEST)) {
                    checks.add(ListFormat.DATE, "validation.dateRange", Checks.EARLIEST, today);
                }
            } catch (DateTimeParseException e) {
                checks.add(ListFormat.DATE, "validation.badDate", "2026-03-01");
            }
        }
        try {
            checks.throwIfAny();
        } catch (org.vigia.model.ValidationException e) {
            problems.addAll(e.errors());
        }
        return new ListHeader(values.get(ListFormat.LIST), kind, version, date, values.get(ListFormat.SOURCE));
    }

    /** Compares two versions part by part as numbers ("1.10" after "1.9"; "2" equals "2.0"). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
