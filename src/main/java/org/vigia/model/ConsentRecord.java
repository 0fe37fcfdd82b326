package org.vigia.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One answer of a victim about consent (append-only: a withdrawal is a new record with
 * {@code given} false). {@code organisation} names whom data may be shared with (SHARING only);
 * {@code takenBy} who asked (free text, optional); {@code recordedBy} and {@code recordedAt} the
 * account that entered it and when (set by the service; ignored on save).
 */
public record ConsentRecord(UUID id, UUID linkId, ConsentKind kind, String organisation, boolean given, LocalDate on,
                            String takenBy, String recordedBy, Instant recordedAt) {

    /** A new answer, not yet saved. */
    public static ConsentRecord draft(UUID linkId, ConsentKind kind, String organisation, boolean given, LocalDate on,
                                      String takenBy) {
        return new ConsentRecord(null, linkId, kind, organisation, given, on, takenBy, null, null);
    }
}
