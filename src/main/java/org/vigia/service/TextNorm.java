package org.vigia.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Search normalisation: accents folded, upper case, spaces collapsed. */
public final class TextNorm {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNorm() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A LIKE pattern for "starts with", user text taken literally (escape character '!'). */
    public static String likePrefix(String folded) {
        return folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
