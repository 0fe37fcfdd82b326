package org.vigia.ui.care;

import org.vigia.l10n.Messages;
import org.vigia.model.ConsentAnswer;
import org.vigia.model.ConsentKind;
import org.vigia.model.ConsentRecord;
import org.vigia.model.OrganizationType;
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceType;
import org.vigia.model.SupportPlanType;

/** The care codes in the user's language (keys care.KIND.NAME). */
final class CareLabels {
    private final Messages m;

    CareLabels(Messages m) {
        this.m = m;
    }

    String service(ServiceType t) {
        return m.label("care.serviceType", t);
    }

    String organization(OrganizationType t) {
        return m.label("care.organizationType", t);
    }

    String status(ReferralStatus s) {
        return m.label("care.referralStatus", s);
    }

    String plan(SupportPlanType t) {
        return m.label("care.planType", t);
    }

    String kind(ConsentKind k) {
        return m.label("care.consentKind", k);
    }

    String answer(ConsentAnswer a) {
        return m.label("care.consentAnswer", a);
    }

    /** "Given" or "Refused or withdrawn" for one record. */
    String answer(ConsentRecord r) {
        return answer(r.given() ? ConsentAnswer.GIVEN : ConsentAnswer.WITHDRAWN);
    }

    /** An answer in force: "Given on Mar 2, 2026", or "Not asked". */
    String inForce(ConsentRecord r) {
        return r == null ? answer(ConsentAnswer.NOT_ASKED) : m.get("care.consent.since", answer(r), r.on());
    }
}
