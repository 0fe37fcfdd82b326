package org.vigia.model;

import java.util.UUID;

/** One role of a person in one case, as the person's detail lists them ("every case and role"). */
public record PersonCaseRole(UUID linkId, UUID caseId, String caseNumber, String caseTitle, CaseRole role,
                             Classification classification) {
}
