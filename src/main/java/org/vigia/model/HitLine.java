package org.vigia.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A watch-list hit for follow-up: the hit (list name and version, entry, late flag, follow-up
 * state), the row version for optimistic locking, when it was found, the follow-up note, and the
 * check it belongs to (when, at which transit point, who or what was checked; the name masked as
 * in {@link CheckLine}).
 */
public record HitLine(WatchHit hit, int version, Instant foundAt, String followUpNote, Instant checkedAt,
                      UUID controlId, String pointName, String checked, boolean masked) {
}
