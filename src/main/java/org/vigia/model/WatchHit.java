package org.vigia.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A check's match with a watch-list entry. {@code id} and {@code checkId} are null for a hit
 * previewed in the entry form before the check is saved. {@code entry} is what the list says,
 * as shown to the officer (the listed name and birth date, or the document number, type and
 * country); {@code late}: found by re-matching a newer list version after the check.
 */
public record WatchHit(UUID id, UUID checkId, ListVersionRef list, WatchListKind kind, UUID entryId,
                       String entry, LocalDate entryBirthDate, String noticeType, String noticeRef,
                       boolean late, HitFollowUp followUp) {
    /** A person listed without a date of birth: matched on the name alone, a weaker hit. */
    public boolean nameOnly() {
        return kind == WatchListKind.PERSONS && entryBirthDate == null;
    }
}
