package org.vigia.service.watchlists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigia.model.DocumentType;
import org.vigia.model.FieldError;
import org.vigia.service.Checks;
import org.vigia.service.persons.PersonKeys;

/** Reads and checks the rows of a list file: a listed person or a listed document, or the row's problems. */
final class Entries {
    /** A listed person as stored. {@code nameNorm} is "FAMILY GIVEN" folded. */
    record Person(long line, String givenNames, String familyNames, String nameNorm, LocalDate birthDate,
                  String nationality, String noticeType, String noticeRef) {
        /** What makes two rows the same entry (compared for duplicates). */
        String identity() {
            return nameNorm + "|" + birthDate + "|" + nationality + "|" + noticeType + "|" + noticeRef;
        }
    }

    /** A listed document as stored; {@code numberNorm}: upper case, letters and digits only. */
    record Document(long line, String number, String numberNorm, DocumentType type, String country,
                    String reportedAs) {
        String identity() {
            return numberNorm + "|" + type + "|" + country;
        }
    }

    private static final String TYPES = Arrays.stream(DocumentType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final Map<String, DocumentType> TYPE_BY_NAME = Arrays.stream(DocumentType.values())
            .collect(Collectors.toMap(t -> t.name().toUpperCase(Locale.ROOT), t -> t));

    private final Map<String, Integer> columns;
    private final LocalDate today;

    Entries(Map<String, Integer> columns, LocalDate today) {
        this.columns = columns;
        this.today = today;
    }

    private String get(String[] values, String column) {
        Integer i = columns.get(column);
        if (i == null) {
            return null;
        }
        String v = values[i].strip();
        return v.isEmpty() ? null : v;
    }

    /** The person of {@code row}, or the row's problems in {@code errors} (then null). */
    Person person(ListFile.Row row, List<FieldError> errors) {
        String[] v = row.values();
        Checks c = new Checks();
        String family = get(v, ListFormat.FAMILY_NAMES);
        String given = get(v, ListFormat.GIVEN_NAMES);
        c.requiredLine(ListFormat.FAMILY_NAMES, family, ListFormat.NAME_MAX);
        c.optionalLine(ListFormat.GIVEN_NAMES, given, ListFormat.NAME_MAX);
        LocalDate born = date(c, ListFormat.BIRTH_DATE, get(v, ListFormat.BIRTH_DATE));
        String nationality = upper(get(v, ListFormat.NATIONALITY));
        if (nationality != null) {
            c.country(ListFormat.NATIONALITY, nationality);
        }
        String noticeType = get(v, ListFormat.NOTICE_TYPE);
        String noticeRef = get(v, ListFormat.NOTICE_REF);
        c.optionalLine(ListFormat.NOTICE_TYPE, noticeType, ListFormat.NOTICE_TYPE_MAX);
        c.optionalLine(ListFormat.NOTICE_REF, noticeRef, ListFormat.NOTICE_REF_MAX);
        if (!collect(c, errors)) {
            return null;
        }
        return new Person(row.line(), given, family, PersonKeys.nameNorm(given, family), born, nationality,
                noticeType, noticeRef);
    }

    /** The document of {@code row}, or the row's problems in {@code errors} (then null). */
    Document document(ListFile.Row row, List<FieldError> errors) {
        String[] v = row.values();
        Checks c = new Checks();
        String number = get(v, ListFormat.NUMBER);
        c.requiredLine(ListFormat.NUMBER, number, ListFormat.NUMBER_MAX);
        String norm = PersonKeys.documentNorm(number);
        if (c.ok(ListFormat.NUMBER) && norm.isEmpty()) {
            c.add(ListFormat.NUMBER, "validation.malformed", "AB123456");
        }
        String typeText = get(v, ListFormat.TYPE);
        DocumentType type = null;
        if (typeText == null) {
            c.add(ListFormat.TYPE, "validation.required");
        } else {
            type = TYPE_BY_NAME.get(typeText.toUpperCase(Locale.ROOT));
            if (type == null) {
                c.add(ListFormat.TYPE, "error.import.row.unknownCode", typeText, TYPES);
            }
        }
        String country = upper(get(v, ListFormat.COUNTRY));
        c.requiredCountry(ListFormat.COUNTRY, country);
        String reported = upper(get(v, ListFormat.REPORTED_AS));
        if (reported != null && !ListFormat.REPORTED.contains(reported)) {
            c.add(ListFormat.REPORTED_AS, "error.import.row.unknownCode", get(v, ListFormat.REPORTED_AS),
                    String.join(", ", ListFormat.REPORTED));
        }
        if (!collect(c, errors)) {
            return null;
        }
        return new Document(row.line(), number, norm, type, country, reported);
    }

    private LocalDate date(Checks c, String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.isAfter(today)) {
                c.add(column, "validation.future");
            } else if (d.isBefore(Checks.EARLIEST)) {
                c.add(column, "validation.dateRange", Checks.EARLIEST, today);
            }
            return d;
        } catch (DateTimeParseException e) {
            c.add(column, "validation.badDate", "1990-04-12");
            return null;
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static boolean collect(Checks c, List<FieldError> errors) {
        try {
            c.throwIfAny();
            return true;
        } catch (org.vigia.model.ValidationException e) {
            errors.addAll(e.errors());
            return false;
        }
    }
}
