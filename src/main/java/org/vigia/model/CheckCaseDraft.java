package org.vigia.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What "open a case from a check" starts from: the check (and its version), the person it
 * describes as a draft (names, birth date, sex, nationality, the document), and where and when it
 * was made (the control's operation, the transit point, the day). {@code caseRoleId} is set when a
 * case was already opened from the check.
 */
public record CheckCaseDraft(UUID checkId, int checkVersion, Person person, UUID operationId, String pointName,
                             String pointCountry, String pointLocality, LocalDate checkedOn, String action,
                             UUID caseRoleId) {
}
