package org.vigia.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral of a victim (the link {@code linkId}) to a provider for a service. {@code id} is
 * null and {@code version} 0 before it is saved. The status and its dates change only through a
 * status change; on add and update they are ignored.
 */
public record ServiceReferral(UUID id, int version, UUID linkId, ServiceType type, String provider,
                              OrganizationType providerType, LocalDate referredOn, ReferralStatus status,
                              LocalDate acceptedOn, LocalDate deliveredOn, LocalDate declinedOn, String notes) {

    /** A new referral, not yet saved. */
    public static ServiceReferral draft(UUID linkId, ServiceType type, String provider, OrganizationType providerType,
                                        LocalDate referredOn, String notes) {
        return new ServiceReferral(null, 0, linkId, type, provider, providerType, referredOn, ReferralStatus.REFERRED,
                null, null, null, notes);
    }

    public boolean isNew() {
        return id == null;
    }

    /** The date of the current status: the referral date, or when it was accepted, delivered or declined. */
    public LocalDate statusDate() {
        if (status == null) {
            return referredOn;
        }
        return switch (status) {
            case REFERRED -> referredOn;
            case ACCEPTED -> acceptedOn;
            case DELIVERED -> deliveredOn;
            case DECLINED -> declinedOn;
        };
    }

    /** The same referral with other editable fields (type, provider, date, notes). */
    public ServiceReferral withFields(ServiceType newType, String newProvider, OrganizationType newProviderType,
                                      LocalDate newReferredOn, String newNotes) {
        return new ServiceReferral(id, version, linkId, newType, newProvider, newProviderType, newReferredOn, status,
                acceptedOn, deliveredOn, declinedOn, newNotes);
    }
}
