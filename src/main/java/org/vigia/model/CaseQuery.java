package org.vigia.model;

import java.util.UUID;

/** Filters and sort order of the case list. Null filters mean "any". */
public record CaseQuery(String text, UUID operationId, CaseStatus status, OffenceType offence,
                        CaseSort sort, boolean ascending) {
    public CaseQuery {
        sort = sort == null ? CaseSort.NUMBER : sort;
    }

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, CaseSort.NUMBER, true);
    }
}
