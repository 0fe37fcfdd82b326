package org.vigia.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One leg of a person's journey in a case (HTCDS trafficking event): its type, country (ISO
 * 3166-1 alpha-2), place, date, conveyance and notes. Legs are listed by date (undated last),
 * then by {@code sequence}; a new leg with sequence 0 is put after the others.
 */
public record JourneyLeg(UUID id, int version, UUID caseId, UUID personId, JourneyEventType type, String country,
                         String place, LocalDate date, Conveyance conveyance, String notes, int sequence,
                         Instant updatedAt, String updatedBy) {

    /** A new leg (sequence 0: after the others). */
    public static JourneyLeg of(UUID caseId, UUID personId, JourneyEventType type, String country, String place,
                                LocalDate date, Conveyance conveyance, String notes) {
        return new JourneyLeg(null, 0, caseId, personId, type, country, place, date, conveyance, notes, 0, null, null);
    }
}
