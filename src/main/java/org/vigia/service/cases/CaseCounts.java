package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_COUNT;

import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.CaseFileRecord;

/**
 * Keeps case_count (live cases by status, operation and offence mask) in step with the cases,
 * in the same transaction as each write.
 */
final class CaseCounts {
    /** The operation key of a case without an operation. */
    static final UUID NO_OPERATION = new UUID(0, 0);

    private CaseCounts() {
    }

    static UUID operationKey(UUID operationId) {
        return operationId == null ? NO_OPERATION : operationId;
    }

    /** Counts a live case in (delta 1) or out (delta -1) under its status, operation and offences. */
    static void add(DSLContext tx, CaseFileRecord c, int delta) {
        add(tx, c.getStatus(), c.getOperationId(), c.getOffenceMask(), delta);
    }

    static void add(DSLContext tx, String status, UUID operationId, int offenceMask, int delta) {
        UUID op = operationKey(operationId);
        int n = tx.update(CASE_COUNT).set(CASE_COUNT.CASES, CASE_COUNT.CASES.plus(delta))
                .where(CASE_COUNT.STATUS.eq(status), CASE_COUNT.OPERATION_KEY.eq(op),
                        CASE_COUNT.OFFENCE_MASK.eq(offenceMask))
                .execute();
        if (n == 0) {
            tx.insertInto(CASE_COUNT, CASE_COUNT.STATUS, CASE_COUNT.OPERATION_KEY, CASE_COUNT.OFFENCE_MASK,
                    CASE_COUNT.CASES).values(status, op, offenceMask, (long) delta).execute();
        }
    }
}
