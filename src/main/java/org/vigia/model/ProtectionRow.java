package org.vigia.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of the victim protection view: the victim (a pseudonym unless revealed), the case, sex,
 * minor (null: unknown), the current status and the days since it changed, the follow-up and
 * whether it is overdue, and whether a minor still lacks a guardian.
 */
public record ProtectionRow(UUID linkId, UUID personId, String displayName, UUID caseId, String caseNumber,
                            Gender gender, Boolean minor, ProtectionStatus status, LocalDate statusOn,
                            long daysSinceChange, LocalDate followUpOn, boolean overdue, boolean guardianMissing) {

    public boolean priority() {
        return Boolean.TRUE.equals(minor);
    }
}
