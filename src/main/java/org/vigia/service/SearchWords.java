package org.vigia.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words for prefix search: the folded text split at blanks, each chunk stripped of edge
 * punctuation (so "CO-BOG-2026-00042" stays whole), plus its letter and digit parts ("CO",
 * "BOG", "2026", "00042") and numbers without leading zeros ("42").
 */
public final class SearchWords {
    public static final int MAX_WORD = 40;
    /** Words of a search beyond this many are ignored (a pasted paragraph stays one quick query). */
    public static final int MAX_QUERY_WORDS = 8;
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private SearchWords() {
    }

    /** Every word under which a text can be found. */
    public static Set<String> index(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String chunk : BLANKS.split(TextNorm.fold(text))) {
                String whole = EDGES.matcher(chunk).replaceAll("");
                add(words, whole);
                for (String part : NON_WORD.split(whole)) {
                    add(words, part);
                    if (part.length() > 1 && part.chars().allMatch(Character::isDigit)) {
                        add(words, part.replaceFirst("^0+(?=.)", ""));
                    }
                }
            }
        }
        return words;
    }

    /** The words of a search: each must be the start of some word of a matching case. */
    public static List<String> query(String text) {
        List<String> tokens = new ArrayList<>();
        for (String chunk : BLANKS.split(TextNorm.fold(text))) {
            String t = EDGES.matcher(chunk).replaceAll("");
            if (!t.isEmpty() && !tokens.contains(t) && tokens.size() < MAX_QUERY_WORDS) {
                tokens.add(t.length() > MAX_WORD ? t.substring(0, MAX_WORD) : t);
            }
        }
        return tokens;
    }

    private static void add(Set<String> words, String w) {
        if (!w.isEmpty()) {
            words.add(w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w);
        }
    }
}
