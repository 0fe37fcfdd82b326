package org.vigia.model;

import java.time.Instant;
import java.util.UUID;

/** An operation's control at a transit point over one shift. {@code id} is null for one not yet saved. */
public record CheckpointControl(UUID id, int version, UUID operationId, UUID transitPointId, Instant shiftStart,
                                Instant shiftEnd, String officers, String notes) {
    /** Whether {@code at} lies in the shift (both ends included). */
    public boolean covers(Instant at) {
        return at != null && !at.isBefore(shiftStart) && !at.isAfter(shiftEnd);
    }
}
