package org.vigia.service.checkview;

import java.util.UUID;
import org.vigia.model.ArrestStatus;
import org.vigia.model.CaseRole;
import org.vigia.model.CheckCaseDraft;
import org.vigia.model.Limits;
import org.vigia.model.MigrantDetails;
import org.vigia.model.OffenceType;
import org.vigia.model.RoleLink;
import org.vigia.model.SuspectDetails;
import org.vigia.model.VictimDetails;

/** The role link a check leads to, with where and when from the control and the check. */
final class CheckLinks {
    private CheckLinks() {
    }

    /**
     * A smuggled migrant detected at the transit point on the check's day; a victim identified
     * there on that day (the trafficking status is decided later, by a reclassification); a
     * suspect, arrested there on that day when the check's action was an arrest.
     */
    static RoleLink link(CheckCaseDraft check, UUID caseId, UUID personId, CaseRole role) {
        RoleLink link = RoleLink.of(caseId, personId, role, null);
        String place = cut(check.pointName(), Limits.LOCALITY);
        return switch (role) {
            case SMUGGLED_MIGRANT -> link.withMigrant(new MigrantDetails(check.pointCountry(), place, check.checkedOn(),
                    null, null, null));
            case VICTIM -> link.withVictim(new VictimDetails(null, null, null, null, null, null, null, null, null, null,
                    null, null, cut(check.pointName(), Limits.IDENTIFIED_AT), check.checkedOn()));
            case SUSPECT -> CheckCodes.SUSPECT_ARRESTED.equals(check.action())
                    ? link.withSuspect(new SuspectDetails(ArrestStatus.Arrested, check.checkedOn(), check.pointCountry(),
                            check.pointLocality() == null ? place : cut(check.pointLocality(), Limits.LOCALITY),
                            null, null, null, null, null, null))
                    : link;
            default -> link;
        };
    }

    /** The offence of a new case: from the check's action, else from the role. */
    static OffenceType offence(CaseRole role, String action) {
        if (CheckCodes.VICTIM_IDENTIFIED.equals(action) || role == CaseRole.VICTIM) {
            return OffenceType.HumanTrafficking;
        }
        if (CheckCodes.IRREGULAR_MIGRANT.equals(action) || role == CaseRole.SMUGGLED_MIGRANT) {
            return OffenceType.MigrantSmuggling;
        }
        return OffenceType.Other;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max).strip();
    }
}
