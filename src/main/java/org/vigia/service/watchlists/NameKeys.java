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
     * Whether a checked name and a listed one are the same name, part by part (family names, then
     * given names): each word of the part with fewer words must pair with its own word of the
     * other part that sounds alike and is spelled alike (Jaro-Winkler at least {@value #SPELLING}).
     * So "Juliana Ortiz" is "ORTIZ MORALES, Juliana" (the check names fewer words), but "Juliana
     * Ortiz Gomez" is not (GOMEZ is not MORALES), nor is "Elena Ortiz". A listing without given
     * names is matched on the family names alone. Returns the likeness (0: no match).
     */
    static double likeness(JaroWinklerSimilarity jw, String checkGiven, String checkFamily, String listGiven,
                           String listFamily) {
        double family = part(jw, words(checkFamily), words(listFamily));
        if (family == 0) {
            return 0;
        }
        List<String> listed = words(listGiven);
        if (listed.isEmpty()) {
            return family;
        }
        double given = part(jw, words(checkGiven), listed);
        return given == 0 ? 0 : (family + given) / 2;
    }

    /** The mean likeness of the paired words when every word of the shorter side pairs, else 0. */
    private static double part(JaroWinklerSimilarity jw, List<String> typed, List<String> listed) {
        int needed = Math.min(typed.size(), listed.size());
        if (needed == 0) {
            return 0;
        }
        boolean[] used = new boolean[listed.size()];
        double sum = 0;
        int paired = 0;
        for (String t : typed) {
            Set<String> tk = PersonKeys.phonetic(List.of(t));
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < listed.size(); i++) {
                double s = used[i] ? 0 : jw.apply(t, listed.get(i));
                if (s >= SPELLING && s > bestScore && shares(tk, PersonKeys.phonetic(List.of(listed.get(i))))) {
                    best = i;
                    bestScore = s;
                }
            }
            if (best >= 0) {
                used[best] = true;
                sum += bestScore;
                paired++;
            }
        }
        return paired >= needed ? sum / paired : 0;
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
