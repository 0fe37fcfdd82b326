package org.vigia.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A victim's protection: who (the victim link, the person shown by {@code displayName}, a
 * pseudonym unless revealed), the current status and since when, the follow-up, the guardian,
 * and the history oldest first. {@code minor}: under 18 at identification (null: unknown), which
 * also makes the victim a priority; computed, never typed. {@code version} is the header's
 * version for optimistic locking, {@link #NOT_RECORDED} while nothing was recorded yet (the
 * victim then counts as identified since the identification date). {@code masked}: the name
 * shown is the pseudonym (the identity was not revealed in this session).
 */
public record VictimProtection(UUID linkId, UUID personId, String displayName, UUID caseId, String caseNumber,
                               Gender gender, Boolean minor, Integer age, LocalDate identifiedOn,
                               ProtectionStatus status, LocalDate statusOn, LocalDate followUpOn, String followUpNote,
                               boolean overdue, Guardian guardian, int version, List<ProtectionEntry> entries,
                               boolean masked) {
    public static final int NOT_RECORDED = -1;

    public VictimProtection {
        entries = List.copyOf(entries);
        guardian = guardian == null ? Guardian.NONE : guardian;
    }

    /** A minor is handled first. */
    public boolean priority() {
        return Boolean.TRUE.equals(minor);
    }

    /** A minor without a guardian or representative recorded. */
    public boolean guardianMissing() {
        return priority() && !guardian.present();
    }

    /** The entries that count (not corrected), oldest first. */
    public List<ProtectionEntry> effective() {
        return entries.stream().filter(e -> !e.corrected()).toList();
    }

    /** The latest entry that counts: the one a correction replaces; null with no history. */
    public ProtectionEntry latest() {
        List<ProtectionEntry> e = effective();
        return e.isEmpty() ? null : e.get(e.size() - 1);
    }
}
