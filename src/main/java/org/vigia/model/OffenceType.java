package org.vigia.model;

import java.util.Collection;

/** Offence types a case can concern (several per case). Stored by name. */
public enum OffenceType {
    // The search tables store a case's offences as a bit mask by ordinal (migration V4 spells the
    // bits out): add new types at the end, and never reorder or remove one without a migration.
    HumanTrafficking, MigrantSmuggling, DocumentFraud, SexualOffence, ForcedLabour, Other;

    /** This offence's bit in the search tables' {@code offence_mask}. */
    public int bit() {
        return 1 << ordinal();
    }

    /** The {@code offence_mask} of a set of offences. */
    public static int mask(Collection<OffenceType> offences) {
        int mask = 0;
        for (OffenceType o : offences) {
            mask |= o.bit();
        }
        return mask;
    }
}
