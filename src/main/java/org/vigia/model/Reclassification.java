package org.vigia.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One decision in a link's classification history: from (null for the first) and to, the
 * deciding organisation, the decision date and the reason, and who recorded it when.
 */
public record Reclassification(UUID id, UUID linkId, Classification from, Classification to,
                               DecidingOrganization decidedBy, LocalDate decidedOn, String reason,
                               String changedBy, Instant changedAt) {
}
