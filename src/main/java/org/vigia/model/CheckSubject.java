package org.vigia.model;

import java.time.LocalDate;

/**
 * What a checkpoint check submits to the watch lists: the person part (names, date of birth,
 * nationality) and the document part (number, type, issuing country). Either part may be empty.
 */
public record CheckSubject(String givenNames, String familyNames, LocalDate birthDate, String nationality,
                           String docNumber, DocumentType docType, String docCountry) {
    public boolean hasPerson() {
        return notBlank(givenNames) || notBlank(familyNames);
    }

    public boolean hasDocument() {
        return notBlank(docNumber);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
