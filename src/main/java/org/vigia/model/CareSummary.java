package org.vigia.model;

/**
 * What was done for one victim, at a glance (the lead's board): referrals still open (referred
 * or accepted), delivered and declined; support plan items not ended; consent to services.
 */
public record CareSummary(int openReferrals, int deliveredReferrals, int declinedReferrals, int openPlanItems,
                          ConsentAnswer servicesConsent) {
    public static final CareSummary NONE = new CareSummary(0, 0, 0, 0, ConsentAnswer.NOT_ASKED);
}
