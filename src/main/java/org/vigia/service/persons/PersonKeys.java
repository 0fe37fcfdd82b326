package org.vigia.service.persons;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.vigia.service.TextNorm;

/**
 * The matching keys of a name: its folded form (accents off, upper case) and the Double
 * Metaphone codes (primary and alternate) of each word, so that "Yuliana Ortís" and "Juliana
 * Ortiz" share keys. Primero's duplicate detection works the same way.
 */
public final class PersonKeys {
    private static final int CODE_LENGTH = 6;

    private PersonKeys() {
    }

    /** "FAMILY GIVEN", folded: the order people lists sort by. */
    public static String nameNorm(String given, String family) {
        return TextNorm.fold((family == null ? "" : family) + " " + (given == null ? "" : given));
    }

    /** Phonetic keys of every word of the names (words of one letter carry no key). */
    public static Set<String> phonetic(List<String> names) {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(CODE_LENGTH);
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            for (String word : TextNorm.fold(name).split("[^A-Z0-9]+")) {
                if (word.length() < 2) {
                    continue;
                }
                String primary = dm.doubleMetaphone(word);
                String alternate = dm.doubleMetaphone(word, true);
                if (primary != null && !primary.isEmpty()) {
                    keys.add(primary);
                }
                if (alternate != null && !alternate.isEmpty()) {
                    keys.add(alternate);
                }
            }
        }
        return keys;
    }

    /**
     * Pairs of a family-name word's key with a given-name word's key ("ARTS|ALN"), from the first
     * {@value #PAIR_WORDS} words of each: what two records of one person almost always share.
     */
    public static Set<String> pairs(String given, String family) {
        Set<String> pairs = new LinkedHashSet<>();
        for (String f : firstKeys(family)) {
            for (String g : firstKeys(given)) {
                pairs.add(f + "|" + g);
            }
        }
        return pairs;
    }

    static final int PAIR_WORDS = 2;

    private static Set<String> firstKeys(String name) {
        List<String> words = new java.util.ArrayList<>();
        for (String w : TextNorm.fold(name == null ? "" : name).split("[^A-Z0-9]+")) {
            if (w.length() >= 2 && words.size() < PAIR_WORDS) {
                words.add(w);
            }
        }
        return phonetic(words);
    }

    /** A document number as compared: letters and digits only, upper case. */
    public static String documentNorm(String number) {
        return TextNorm.fold(number == null ? "" : number).replaceAll("[^A-Z0-9]", "");
    }
}
