package org.vigia.model;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** One row of the case list. */
public record CaseSummary(UUID id, String number, String title, String operationCode,
                          Set<OffenceType> offences, CaseStatus status, LocalDate openedOn,
                          String country, String locality, String leadInvestigator) {
}
