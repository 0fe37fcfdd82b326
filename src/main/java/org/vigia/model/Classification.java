package org.vigia.model;

/**
 * Where a smuggled migrant or a victim stands on the smuggling / trafficking boundary: the role of
 * the link and, for a victim, the HTCDS trafficking status. Changed only by a reclassification,
 * which keeps its history. Label key role.classification.NAME.
 */
public enum Classification {
    SMUGGLED_MIGRANT(CaseRole.SMUGGLED_MIGRANT, null),
    POSSIBLE_VICTIM(CaseRole.VICTIM, TraffickingStatus.PossibleVictimOfTrafficking),
    ACTUAL_VICTIM(CaseRole.VICTIM, TraffickingStatus.ActualVictimOfTrafficking),
    NOT_A_VICTIM(CaseRole.VICTIM, TraffickingStatus.NotAVictimOfTrafficking);

    private final CaseRole role;
    private final TraffickingStatus status;

    Classification(CaseRole role, TraffickingStatus status) {
        this.role = role;
        this.status = status;
    }

    public CaseRole role() {
        return role;
    }

    /** The trafficking status, null for a smuggled migrant. */
    public TraffickingStatus status() {
        return status;
    }

    /**
     * The classification of a link with {@code role} and {@code status}: null for suspects,
     * witnesses, others and a victim whose status is not decided yet.
     */
    public static Classification of(CaseRole role, TraffickingStatus status) {
        if (role == CaseRole.SMUGGLED_MIGRANT) {
            return SMUGGLED_MIGRANT;
        }
        if (role != CaseRole.VICTIM || status == null) {
            return null;
        }
        for (Classification c : values()) {
            if (c.status == status) {
                return c;
            }
        }
        return null;
    }
}
