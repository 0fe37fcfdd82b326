package org.vigia.service.care;

import org.vigia.db.schema.tables.records.ServiceReferralRecord;
import org.vigia.model.OrganizationType;
import org.vigia.model.ReferralStatus;
import org.vigia.model.ServiceReferral;
import org.vigia.model.ServiceType;

/** Between the referral model and its rows. */
final class ReferralRows {
    private ReferralRows() {
    }

    static ServiceReferral normalise(ServiceReferral r) {
        return new ServiceReferral(r.id(), r.version(), r.linkId(), r.type(), CareText.name(r.provider()),
                r.providerType(), r.referredOn(), r.status(), r.acceptedOn(), r.deliveredOn(), r.declinedOn(),
                CareText.blankToNull(r.notes()));
    }

    /** The editable fields (never the status nor its dates). */
    static void fill(ServiceReferralRecord row, ServiceReferral r) {
        row.setServiceType(r.type().name());
        row.setProviderName(r.provider());
        row.setProviderType(r.providerType() == null ? null : r.providerType().name());
        row.setReferredOn(r.referredOn());
        row.setNotes(r.notes());
    }

    static ServiceReferral toModel(ServiceReferralRecord row) {
        return new ServiceReferral(row.getId(), row.getVersion(), row.getCaseRoleId(),
                ServiceType.valueOf(row.getServiceType()), row.getProviderName(),
                row.getProviderType() == null ? null : OrganizationType.valueOf(row.getProviderType()),
                row.getReferredOn(), ReferralStatus.valueOf(row.getStatus()), row.getAcceptedOn(),
                row.getDeliveredOn(), row.getDeclinedOn(), row.getNotes());
    }
}
