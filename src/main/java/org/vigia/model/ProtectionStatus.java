package org.vigia.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a victim stands in their protection, in the order a victim's story usually runs:
 * identified, rescued, interviewed, in shelter or care, referred to services, then one of the
 * four outcomes (repatriated, released from a victim facility, integrated, other). The one place
 * that says which change is allowed: forward along that order (skipping steps), between in care
 * and referred both ways; the outcomes are final (only a correction moves out of one); a history
 * starts with identified or rescued. Stored by name; label key protection.status.NAME.
 */
public enum ProtectionStatus {
    IDENTIFIED, RESCUED, INTERVIEWED, IN_CARE, REFERRED, REPATRIATED, RELEASED, INTEGRATED, OTHER;

    /** The label key prefix of the statuses (protection.status.NAME). */
    public static final String LABELS = "protection.status";

    /** Whether this status ends the story (no move out of it, except by a correction). */
    public boolean isFinal() {
        return this == REPATRIATED || this == RELEASED || this == INTEGRATED || this == OTHER;
    }

    /** Whether a history may start with this status. */
    public boolean canStart() {
        return this == IDENTIFIED || this == RESCUED;
    }

    /** Whether a victim in this status may move to {@code next}. */
    public boolean canMoveTo(ProtectionStatus next) {
        if (next == null || isFinal() || next == this) {
            return false;
        }
        if (this == REFERRED && next == IN_CARE) {
            return true;
        }
        return next.ordinal() > ordinal();
    }

    /**
     * The statuses allowed after {@code current}; with no history yet ({@code null}), those a
     * history may start with.
     */
    public static Set<ProtectionStatus> allowedAfter(ProtectionStatus current) {
        EnumSet<ProtectionStatus> allowed = EnumSet.noneOf(ProtectionStatus.class);
        Arrays.stream(values()).filter(s -> current == null ? s.canStart() : current.canMoveTo(s)).forEach(allowed::add);
        return allowed;
    }

    /** The label key of this status. */
    public String labelKey() {
        return LABELS + "." + name();
    }
}
