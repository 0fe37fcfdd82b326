package org.vigia.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A case with every editable field. {@code id} is null and {@code version} 0 for a case not yet
 * saved; {@code version} is the one read, so a save of a stale copy can be refused.
 */
public record CaseFile(UUID id, int version, String number, String title, UUID operationId,
                       Set<OffenceType> offences, CaseStatus status, String leadInvestigator,
                       LocalDate openedOn, String country, String locality, String narrative,
                       String act, String means, String purpose, Instant updatedAt,
                       String updatedBy) {
    public CaseFile {
        offences = offences == null ? Set.of() : Set.copyOf(offences);
    }

    public boolean isNew() {
        return id == null;
    }

    public CaseFile withStatus(CaseStatus newStatus) {
        return new CaseFile(id, version, number, title, operationId, offences, newStatus,
                leadInvestigator, openedOn, country, locality, narrative, act, means, purpose,
                updatedAt, updatedBy);
    }
}
