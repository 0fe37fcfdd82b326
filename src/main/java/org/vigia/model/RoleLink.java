package org.vigia.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One role of a person in a case (the link row). {@code id} is null and {@code version} 0 before
 * it is saved. The details of the other roles are null, except that a link reclassified between
 * smuggled migrant and victim keeps both its migrant and its victim details.
 * {@code minorAtIdentification} is computed by the service, never typed (ignored on save): whether
 * the person was under 18 on the identification date (a victim's identification, a migrant's
 * detection), from the date of birth or an age at a date; null when either is unknown or the
 * age cannot be told.
 */
public record RoleLink(UUID id, int version, UUID caseId, UUID personId, CaseRole role, String note,
                       SuspectDetails suspect, VictimDetails victim, MigrantDetails migrant,
                       Boolean minorAtIdentification, Instant updatedAt, String updatedBy) {

    /** A new link with no details yet. */
    public static RoleLink of(UUID caseId, UUID personId, CaseRole role, String note) {
        return new RoleLink(null, 0, caseId, personId, role, note, null, null, null, null, null, null);
    }

    /** Where this link stands between smuggled migrant and victim (null for the other roles). */
    public Classification classification() {
        return Classification.of(role, victim == null ? null : victim.status());
    }

    public RoleLink withNote(String newNote) {
        return new RoleLink(id, version, caseId, personId, role, newNote, suspect, victim, migrant,
                minorAtIdentification, updatedAt, updatedBy);
    }

    public RoleLink withSuspect(SuspectDetails details) {
        return new RoleLink(id, version, caseId, personId, role, note, details, victim, migrant,
                minorAtIdentification, updatedAt, updatedBy);
    }

    public RoleLink withVictim(VictimDetails details) {
        return new RoleLink(id, version, caseId, personId, role, note, suspect, details, migrant,
                minorAtIdentification, updatedAt, updatedBy);
    }

    public RoleLink withMigrant(MigrantDetails details) {
        return new RoleLink(id, version, caseId, personId, role, note, suspect, victim, details,
                minorAtIdentification, updatedAt, updatedBy);
    }
}
