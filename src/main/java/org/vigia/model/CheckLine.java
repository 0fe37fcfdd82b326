package org.vigia.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One counted check as the drill-down lists it. {@code name} is the checked name as recorded,
 * except when the check is linked to a person who is a victim: then that person's pseudonym,
 * unless revealed in this session ({@code masked} says which; the birth date and document number
 * are then null too). {@code gender}, {@code docType},
 * {@code direction}, {@code result} and {@code action} are the stored codes. {@code hits}: live
 * watch-list hits of the check, {@code lateHits} of which found late.
 */
public record CheckLine(UUID id, int version, UUID controlId, Instant checkedAt, String name, boolean masked,
                        LocalDate birthDate, String gender, String nationality, Boolean minor, String docNumber,
                        String docType, String docCountry, String direction, String result, String action,
                        int hits, int lateHits, UUID personId, UUID caseRoleId) {
    /** Whether a case was already opened from this check. */
    public boolean linked() {
        return caseRoleId != null;
    }
}
