package org.vigia.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of a victim's protection history: a status on a date, with a note and the follow-up
 * set with it. Entries are never edited: a correction is a later entry ({@code correctsEntryId}
 * names the one it replaces, {@code reason} says why); the corrected entry stays in the history
 * with {@code correctedBy} set.
 */
public record ProtectionEntry(UUID id, UUID linkId, int seqNo, ProtectionStatus status, LocalDate date, String note,
                              LocalDate followUpOn, UUID correctsEntryId, String reason, UUID correctedBy,
                              String createdBy, Instant createdAt) {

    /** Whether a later entry corrected this one (it no longer counts). */
    public boolean corrected() {
        return correctedBy != null;
    }

    /** Whether this entry corrects an earlier one. */
    public boolean isCorrection() {
        return correctsEntryId != null;
    }
}
