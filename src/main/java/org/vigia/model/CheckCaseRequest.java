package org.vigia.model;

import java.util.UUID;

/**
 * Opening a case from check {@code checkId} (read at {@code checkVersion}): the person's role
 * (SMUGGLED_MIGRANT, VICTIM or SUSPECT); {@code personId} an existing person chosen among the
 * likely matches, or null to create the person from the check; {@code caseId} an existing case,
 * or null for a new case titled {@code caseTitle}.
 */
public record CheckCaseRequest(UUID checkId, int checkVersion, CaseRole role, UUID personId, UUID caseId,
                               String caseTitle) {
}
