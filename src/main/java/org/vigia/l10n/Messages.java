package org.vigia.l10n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.vigia.model.FieldError;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;

/**
 * Every user-visible text, in the user's language. Keys live in
 * {@code org/vigia/l10n/messages_*.properties} (UTF-8). Every value is a MessageFormat pattern
 * (so an apostrophe is written twice); dates and numbers use the locale.
 */
public final class Messages {
    public static final String BUNDLE = "org.vigia.l10n.messages";
    public static final List<Locale> SUPPORTED = List.of(
            Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.FRENCH);

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The supported language closest to {@code wanted}; English when none fits. */
    public static Locale supported(Locale wanted) {
        if (wanted == null) {
            return Locale.ENGLISH;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst().map(l -> wanted.getCountry().isEmpty() ? l
                        : new Locale(l.getLanguage(), wanted.getCountry()))
                .orElse(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof LocalDate d ? date(d)
                    : args[i] instanceof org.vigia.model.MessageArg a ? get(a.key(), a.args().toArray()) : args[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A label for an enum constant: key {@code prefix.NAME}. */
    public String label(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    public String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
    }

    /** A moment in the user's time zone, e.g. "Nov 25, 2026, 9:30 AM". */
    public String dateTime(java.time.Instant instant, java.time.ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    public String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A country's name in the user's language, from the JDK's ISO 3166 data. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    /** ISO 3166-1 alpha-2 codes sorted by their name in the user's language. */
    public List<String> countryCodesByName() {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return java.util.Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(this::country, collator)).toList();
    }

    /** A language's name in the user's language, from the JDK's ISO 639 data. */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale(code).getDisplayLanguage(locale);
        return name.isBlank() ? code : name;
    }

    /** ISO 639 language codes sorted by their name in the user's language. */
    public List<String> languageCodesByName() {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return java.util.Arrays.stream(Locale.getISOLanguages())
                .sorted(Comparator.comparing(this::language, collator)).toList();
    }

    /** The message of an error a user can act on; validation errors list each field. */
    public String error(Throwable t) {
        if (t instanceof ValidationException v) {
            StringBuilder sb = new StringBuilder();
            for (FieldError e : v.errors()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(get("validation.line", field(e.field()), fieldError(e)));
            }
            return sb.toString();
        }
        if (t instanceof VigiaException v) {
            return get(v.key(), v.args());
        }
        return get("error.unexpected");
    }

    public String fieldError(FieldError e) {
        return get(e.key(), e.args().toArray());
    }

    public String field(String name) {
        return get("field." + name);
    }
}
