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

    /** A document number as compared: letters and digits only, upper case. */
    public static String documentNorm(String number) {
        return TextNorm.fold(number == null ? "" : number).replaceAll("[^A-Z0-9]", "");
    }
}
