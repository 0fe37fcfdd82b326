package org.vigia.model;

/**
 * A person's part in a case (a person may hold several roles, in one case or many). Stored by
 * name; label key role.case.NAME.
 */
public enum CaseRole {
    SUSPECT, VICTIM, SMUGGLED_MIGRANT, WITNESS, OTHER
}
