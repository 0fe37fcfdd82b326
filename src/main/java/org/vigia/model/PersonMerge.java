package org.vigia.model;

import java.time.Instant;
import java.util.UUID;

/**
 * Two records found to be one human being: {@code mergedId} was folded into {@code keptId}.
 * It can be undone while {@code undoable} (not undone yet, not sent to headquarters yet).
 */
public record PersonMerge(UUID id, UUID keptId, UUID mergedId, String mergedName, String reason,
                          Instant mergedAt, String mergedBy, Instant undoneAt, boolean exported) {
    public boolean undoable() {
        return undoneAt == null && !exported;
    }
}
