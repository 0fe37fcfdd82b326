package org.vigia.model;

import java.util.UUID;

/** What opening a case from a check did: the person (created or chosen), the case (new or existing), the link. */
public record CheckCaseResult(UUID checkId, UUID personId, boolean personCreated, UUID caseId, String caseNumber,
                              boolean caseCreated, UUID caseRoleId) {
}
