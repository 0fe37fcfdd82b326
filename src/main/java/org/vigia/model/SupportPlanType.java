package org.vigia.model;

/** HTCDS v2.0: the type of an item of a victim's support plan. Stored by name; label key care.planType.NAME. */
public enum SupportPlanType {
    Education, Financial, Health, LabourExploitationRehabilitation, Legal, Livelihood, RightsBasedTraining,
    SexualExploitationRehabilitation, SocialCare
}
