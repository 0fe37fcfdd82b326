package org.vigia.model;

import java.util.List;
import java.util.UUID;

/**
 * An existing person who may be the one being typed, with a score (higher is likelier) and
 * the reasons, strongest first. {@code masked}: a victim whose identity is hidden from the
 * signed-in account, {@code fullName} is then their pseudonym.
 */
public record PersonMatch(UUID personId, String fullName, Integer birthYear, List<String> citizenships,
                          double score, List<Reason> reasons, boolean masked) {
    public PersonMatch {
        citizenships = List.copyOf(citizenships);
        reasons = List.copyOf(reasons);
    }

    /** The same match shown as {@code name}, hidden. */
    public PersonMatch hidden(String name) {
        return new PersonMatch(personId, name, birthYear, citizenships, score, reasons, true);
    }

    /** Why a person matches. */
    public enum Reason {
        /** The same identity document number. */
        SAME_DOCUMENT,
        /** Names that sound alike and the same year of birth (one year apart if estimated). */
        PHONETIC_NAME_AND_BIRTH_YEAR,
        /** Similar names (Jaro-Winkler) and a shared citizenship. */
        SIMILAR_NAME_AND_NATIONALITY,
        /** Names that sound alike. */
        PHONETIC_NAME
    }
}
