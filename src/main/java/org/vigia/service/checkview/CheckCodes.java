package org.vigia.service.checkview;

/**
 * The stored codes of border_check.result and .action (V19__checkpoints.sql) that the figures
 * count. They are the names of the checkpoints area's CheckResult and CheckAction enums; this is
 * the one place to point at those enums once they exist.
 */
final class CheckCodes {
    static final String NO_HIT = "NO_HIT";
    static final String HIT_CONFIRMED = "HIT_CONFIRMED";
    static final String IRREGULAR_MIGRANT = "IRREGULAR_MIGRANT";
    static final String VICTIM_IDENTIFIED = "VICTIM_IDENTIFIED";
    static final String SUSPECT_ARRESTED = "SUSPECT_ARRESTED";
    /** watch_hit.follow_up of a confirmed hit (model.HitFollowUp.CONFIRMED). */
    static final String FOLLOW_UP_CONFIRMED = "CONFIRMED";
    /** case_role.role of a victim link (model.CaseRole.VICTIM). */
    static final String VICTIM_ROLE = "VICTIM";

    private CheckCodes() {
    }
}
