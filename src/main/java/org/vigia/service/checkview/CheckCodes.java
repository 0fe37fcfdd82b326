package org.vigia.service.checkview;

/** The stored codes of border_check.result and .action (V19__checkpoints.sql) that the figures count. */
final class CheckCodes {
    static final String NO_HIT = org.vigia.model.CheckResult.NO_HIT.name();
    static final String HIT_CONFIRMED = org.vigia.model.CheckResult.HIT_CONFIRMED.name();
    static final String IRREGULAR_MIGRANT = org.vigia.model.CheckAction.IRREGULAR_MIGRANT.name();
    static final String VICTIM_IDENTIFIED = org.vigia.model.CheckAction.VICTIM_IDENTIFIED.name();
    static final String SUSPECT_ARRESTED = org.vigia.model.CheckAction.SUSPECT_ARRESTED.name();
    /** watch_hit.follow_up of a confirmed hit (model.HitFollowUp.CONFIRMED). */
    static final String FOLLOW_UP_CONFIRMED = org.vigia.model.HitFollowUp.CONFIRMED.name();
    /** case_role.role of a victim link (model.CaseRole.VICTIM). */
    static final String VICTIM_ROLE = org.vigia.model.CaseRole.VICTIM.name();

    private CheckCodes() {
    }
}
