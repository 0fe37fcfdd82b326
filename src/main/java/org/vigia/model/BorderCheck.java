package org.vigia.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One traveller and/or document checked in a control: the person part (names, birth date, sex,
 * nationality, minor), the document part (number, type, issuing country), the journey (direction,
 * purpose, conveyance with its reference, a vessel's IMO number and flag) and the outcome.
 * {@code minor} is computed from the birth date when there is one. {@code id} is null for a new check.
 */
public record BorderCheck(UUID id, int version, UUID controlId, Instant checkedAt, String externalRef,
                          String givenNames, String familyNames, LocalDate birthDate, Gender gender,
                          String nationality, Boolean minor, String docNumber, DocumentType docType,
                          String docCountry, CheckDirection direction, TravelPurpose purpose,
                          CheckConveyance conveyance, String conveyanceRef, String vesselImo, String vesselFlag,
                          CheckResult result, CheckAction action, String notes) {

    /** What this check submits to the watch lists. */
    public CheckSubject subject() {
        return new CheckSubject(givenNames, familyNames, birthDate, nationality, docNumber, docType, docCountry);
    }

    public boolean hasPerson() {
        return subject().hasPerson();
    }

    public boolean hasDocument() {
        return subject().hasDocument();
    }
}
