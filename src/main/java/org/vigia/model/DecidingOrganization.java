package org.vigia.model;

/** HTCDS v2.0: who decided a trafficking status. Stored by name; label key victim.decidedBy.NAME. */
public enum DecidingOrganization {
    Police, NGO, CourtOrProsecution, NonPoliceGovernmentalOrganization, Other
}
