package org.vigia.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A high-volume count entered instead of one check per traveller ("850 travellers screened, 0
 * hits"): stored and shown as a tally, never counted as checks. {@code recordedAt}: when it was
 * entered (null for a new one).
 */
public record CheckTally(UUID id, int version, UUID controlId, int personsScreened, int documentsChecked, int hits,
                         String note, Instant recordedAt) {
}
