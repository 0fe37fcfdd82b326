package org.vigia.service.care;

import java.time.Clock;
import java.time.LocalDate;
import org.vigia.model.CareLimits;
import org.vigia.model.ConsentKind;
import org.vigia.model.ConsentRecord;
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceReferral;
import org.vigia.model.SupportPlanItem;
import org.vigia.service.Checks;

/** The rules of referrals, support plan items and consent records: every refusal names its field. */
final class CareValidation {
    private CareValidation() {
    }

    /** A referral's own fields; {@code identifiedOn} (may be null) is the earliest referral date. */
    static void referral(ServiceReferral r, LocalDate identifiedOn, Clock clock) {
        Checks c = new Checks();
        if (r.type() == null) {
            c.add("serviceType", "validation.required");
        }
        if (r.provider() == null || r.provider().isBlank()) {
            c.add("provider", "care.error.noOrganisation");
        } else {
            c.optionalLine("provider", r.provider(), CareLimits.PROVIDER);
        }
        if (pastDate(c, "referredOn", r.referredOn(), clock) && identifiedOn != null
                && r.referredOn().isBefore(identifiedOn)) {
            c.add("referredOn", "care.error.beforeIdentified", identifiedOn);
        }
        if (c.ok("referredOn") && !r.isNew()) {
            LocalDate first = earliest(r.acceptedOn(), r.deliveredOn(), r.declinedOn());
            if (first != null && r.referredOn().isAfter(first)) {
                c.add("referredOn", "care.error.afterStatusDate", first);
            }
        }
        c.optionalText("notes", r.notes(), CareLimits.NOTES);
        c.throwIfAny();
    }

    /** A status change of {@code r} to {@code to} on {@code on}. */
    static void statusChange(ServiceReferral r, ReferralStatus to, LocalDate on, Clock clock) {
        Checks c = new Checks();
        if (to == null) {
            c.add("referralStatus", "validation.required");
        } else if (!r.status().canMoveTo(to)) {
            c.add("referralStatus", "care.error.statusMove");
        }
        if (pastDate(c, "statusOn", on, clock)) {
            if (on.isBefore(r.referredOn())) {
                c.add("statusOn", "care.error.beforeReferral", r.referredOn());
            } else if (r.acceptedOn() != null && on.isBefore(r.acceptedOn())) {
                c.add("statusOn", "care.error.beforeAccepted", r.acceptedOn());
            }
        }
        c.throwIfAny();
    }

    static void planItem(SupportPlanItem p, Clock clock) {
        Checks c = new Checks();
        if (p.type() == null) {
            c.add("planType", "validation.required");
        }
        if (p.objectives() == null || p.objectives().isBlank()) {
            c.add("objectives", "validation.required");
        } else {
            c.optionalText("objectives", p.objectives(), CareLimits.OBJECTIVES);
        }
        c.optionalText("planActions", p.actions(), CareLimits.ACTIONS);
        optionalDate(c, "startOn", p.startOn());
        if (optionalDate(c, "plannedEndOn", p.plannedEndOn()) && c.ok("startOn") && p.startOn() != null
                && p.plannedEndOn().isBefore(p.startOn())) {
            c.add("plannedEndOn", "validation.endBeforeStart");
        }
        if (optionalDate(c, "actualEndOn", p.actualEndOn())) {
            if (p.actualEndOn().isAfter(LocalDate.now(clock))) {
                c.add("actualEndOn", "validation.future");
            } else if (c.ok("startOn") && p.startOn() != null && p.actualEndOn().isBefore(p.startOn())) {
                c.add("actualEndOn", "validation.endBeforeStart");
            }
        }
        c.optionalText("notes", p.notes(), CareLimits.NOTES);
        c.throwIfAny();
    }

    static void consent(ConsentRecord r, Clock clock) {
        Checks c = new Checks();
        if (r.kind() == null) {
            c.add("consentKind", "validation.required");
        }
        if (r.kind() == ConsentKind.SHARING) {
            if (r.organisation() == null || r.organisation().isBlank()) {
                c.add("organisation", "care.error.sharingNeedsOrganisation");
            } else {
                c.optionalLine("organisation", r.organisation(), CareLimits.ORGANISATION);
            }
        }
        pastDate(c, "consentOn", r.on(), clock);
        c.optionalLine("takenBy", r.takenBy(), CareLimits.TAKEN_BY);
        c.throwIfAny();
    }

    /** A required date in range and not in the future; true when it passed. */
    private static boolean pastDate(Checks c, String field, LocalDate d, Clock clock) {
        c.requiredDate(field, d);
        if (c.ok(field) && d.isAfter(LocalDate.now(clock))) {
            c.add(field, "validation.future");
        }
        return c.ok(field);
    }

    /** An optional date in range; true when there is one and it passed. */
    private static boolean optionalDate(Checks c, String field, LocalDate d) {
        if (d == null) {
            return false;
        }
        c.requiredDate(field, d);
        return c.ok(field);
    }

    private static LocalDate earliest(LocalDate... dates) {
        LocalDate first = null;
        for (LocalDate d : dates) {
            if (d != null && (first == null || d.isBefore(first))) {
                first = d;
            }
        }
        return first;
    }
}
