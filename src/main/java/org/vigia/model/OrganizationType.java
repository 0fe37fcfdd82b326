package org.vigia.model;

/**
 * The kind of organisation that provides a service: the HTCDS v2.0 organisation identifiers,
 * plus international organisations (IOM, UNHCR ...). Stored by name; label key
 * care.organizationType.NAME.
 */
public enum OrganizationType {
    Police, NGO, CourtOrProsecution, NonPoliceGovernmentalOrganization, InternationalOrganization, Other
}
