package org.vigia.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * A suspect's part: arrest status with the date and place of arrest, charges, HTCDS roles in the
 * process, criminal group, the international notice requested (colour and reference) and the
 * country that wants the suspect (ISO 3166-1 alpha-2). Every field may be empty.
 */
public record SuspectDetails(ArrestStatus arrestStatus, LocalDate arrestedOn, String arrestCountry,
                             String arrestLocality, Set<OffenceType> charges, Set<PerpetratorRole> processRoles,
                             String criminalGroup, NoticeColour notice, String noticeReference, String wantedBy) {
    public SuspectDetails {
        charges = charges == null ? Set.of() : Set.copyOf(charges);
        processRoles = processRoles == null ? Set.of() : Set.copyOf(processRoles);
    }
}
