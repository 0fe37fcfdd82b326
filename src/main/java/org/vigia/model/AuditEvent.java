package org.vigia.model;

import java.time.Instant;
import java.util.UUID;

/** One row of the append-only audit chain. */
public record AuditEvent(long seq, UUID eventId, UUID siteId, Instant occurredAt, String user,
                         String action, String entityType, UUID entityId, String summary,
                         String prevHash, String hash) {
}
