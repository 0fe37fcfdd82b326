package org.vigia.service.care;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.vigia.model.CareSummary;
import org.vigia.service.ServiceContext;
import org.vigia.service.audit.AuditService;

/**
 * The care of victims in one object for the wiring (AppServices): referrals, support plan,
 * consent, and the summaries of many victims for the protection board.
 */
public final class CareServices {
    private final ReferralService referrals;
    private final SupportPlanService plan;
    private final ConsentService consent;
    private final CareSummaries summaries;

    public CareServices(ServiceContext ctx, AuditService audit) {
        this.referrals = new ReferralService(ctx, audit);
        this.plan = new SupportPlanService(ctx, audit);
        this.consent = new ConsentService(ctx, audit);
        this.summaries = new CareSummaries(ctx, audit.access());
    }

    public ReferralService referrals() {
        return referrals;
    }

    public SupportPlanService plan() {
        return plan;
    }

    public ConsentService consent() {
        return consent;
    }

    /**
     * For each victim link id: referrals open (referred or accepted), delivered and declined,
     * support plan items not ended, and the answer in force about services. Three queries
     * whatever the number of links; every id asked about is in the map.
     */
    public Map<UUID, CareSummary> summaries(Collection<UUID> linkIds) {
        return summaries.summaries(linkIds);
    }
}
