package org.vigia.service.care;

import java.util.Locale;

/** Trimming of typed text in one place. */
final class CareText {
    private CareText() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A name on one line: trimmed, runs of spaces made one (so duplicates are found). */
    static String name(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("[ \\u00a0]+", " ");
    }

    static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
