package org.vigia.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a referral stands. The allowed moves are defined here and nowhere else: a referral is
 * accepted or declined; an accepted one is delivered or declined; delivered and declined are final.
 * Label key care.referralStatus.NAME.
 */
public enum ReferralStatus {
    REFERRED, ACCEPTED, DELIVERED, DECLINED;

    private static final Map<ReferralStatus, Set<ReferralStatus>> MOVES = Map.of(
            REFERRED, EnumSet.of(ACCEPTED, DECLINED),
            ACCEPTED, EnumSet.of(DELIVERED, DECLINED),
            DELIVERED, EnumSet.noneOf(ReferralStatus.class),
            DECLINED, EnumSet.noneOf(ReferralStatus.class));

    /** The statuses this one may move to (empty for a final status). */
    public Set<ReferralStatus> next() {
        return Set.copyOf(MOVES.get(this));
    }

    public boolean canMoveTo(ReferralStatus target) {
        return target != null && MOVES.get(this).contains(target);
    }

    /** Still waiting for the service: referred or accepted. */
    public boolean isOpen() {
        return this == REFERRED || this == ACCEPTED;
    }
}
