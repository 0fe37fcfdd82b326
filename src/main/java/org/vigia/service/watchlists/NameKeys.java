package org.vigia.service.watchlists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.vigia.service.TextNorm;
import org.vigia.service.persons.PersonKeys;

/**
 * The phonetic keys by which listed persons are found (as persons are: {@link PersonKeys#pairs},
 * a family-name word's Double Metaphone code with a given-name word's, "ARTS|JLN"), and the
 * spelling check that keeps sound-alikes apart: Double Metaphone hears "Juliana" in "Elena".
 */
final class NameKeys {
    /** The least Jaro-Winkler likeness of two name words that sound alike before they count as the same. */
    static final double SPELLING = 0.75;
    private static final int WORDS = 2;

    private NameKeys() {
    }

    /**
     * The keys of a name: family-with-given pairs; a name without given names (listed under
     * one name only) has its family keys alone, as "ARTS|".
     */
    static Set<String> of(String given, String family) {
        Set<String> pairs = PersonKeys.pairs(given, family);
        if (!pairs.isEmpty() || !words(given).isEmpty()) {
            return pairs;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String k : PersonKeys.phonetic(firstWords(family))) {
            keys.add(k + "|");
        }
        return keys;
    }

    /** The keys to look a checked person up by: their pairs, and their family keys alone (persons listed without given names). */
    static Set<String> lookup(String given, String family) {
        Set<String> keys = new LinkedHashSet<>(PersonKeys.pairs(given, family));
        for (String k : PersonKeys.phonetic(firstWords(family))) {
            keys.add(k + "|");
        }
        return keys;
    }

    /**
     * Whether a checked name and a listed one are the same name: a family-name word of each that
     * sound alike and are spelled alike (Jaro-Winkler at least {@value #SPELLING}), and the same
     * for a given-name word unless the listing has no given names. Returns the likeness (0: no match).
     */
    static double likeness(JaroWinklerSimilarity jw, String checkGiven, String checkFamily, String listGiven,
                           String listFamily) {
        double family = best(jw, words(checkFamily), words(listFamily));
        if (family == 0) {
            return 0;
        }
        List<String> listed = words(listGiven);
        if (listed.isEmpty()) {
            return family;
        }
        double given = best(jw, words(checkGiven), listed);
        return given == 0 ? 0 : (family + given) / 2;
    }

    private static double best(JaroWinklerSimilarity jw, List<String> typed, List<String> listed) {
        double best = 0;
        for (String t : typed) {
            Set<String> tk = PersonKeys.phonetic(List.of(t));
            for (String l : listed) {
                double s = jw.apply(t, l);
                if (s >= SPELLING && s > best && shares(tk, PersonKeys.phonetic(List.of(l)))) {
                    best = s;
                }
            }
        }
        return best;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String k : a) {
            if (b.contains(k)) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : TextNorm.fold(name == null ? "" : name).split("[^A-Z0-9]+")) {
            if (w.length() >= 2) {
                words.add(w);
            }
        }
        return words;
    }

    private static List<String> firstWords(String name) {
        List<String> w = words(name);
        return w.subList(0, Math.min(WORDS, w.size()));
    }
}
