package org.vigia.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A human being, stored once whatever their part in which case. The date of birth may be
 * estimated; when it is unknown, an age at a date may be given instead.
 */
public record Person(UUID id, int version, String givenNames, String familyNames, List<String> aliases,
                     Gender gender, LocalDate birthDate, boolean birthDateEstimated, Integer ageYears,
                     LocalDate ageOn, List<String> citizenships, List<String> languages,
                     List<IdentityDocument> documents, String contact, String notes) {
    public Person {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        citizenships = citizenships == null ? List.of() : List.copyOf(citizenships);
        languages = languages == null ? List.of() : List.copyOf(languages);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** "Given Family", as people read it. */
    public String fullName() {
        return (givenNames + " " + familyNames).strip();
    }

    /** The year of birth from the date, or from the age at its date. */
    public Integer birthYear() {
        if (birthDate != null) {
            return birthDate.getYear();
        }
        if (ageYears != null && ageOn != null) {
            return ageOn.getYear() - ageYears;
        }
        return null;
    }
}
