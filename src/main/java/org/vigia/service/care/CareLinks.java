package org.vigia.service.care;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_ROLE;

import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.CaseRoleRecord;
import org.vigia.model.CaseRole;
import org.vigia.model.VigiaException;

/** The victim link that care hangs off: a live VICTIM link of a live case. */
final class CareLinks {
    static final String NOT_A_VICTIM = "care.error.notAVictim";

    private CareLinks() {
    }

    /**
     * The identification date of the live victim link {@code linkId} (null when not recorded);
     * refuses an unknown, removed or non-victim link. With {@code lock}, the link row is locked
     * so that the writes of one victim's care happen one at a time.
     */
    static LocalDate requireVictim(DSLContext dsl, UUID linkId, boolean lock) {
        if (linkId == null) {
            throw new VigiaException(NOT_A_VICTIM);
        }
        var query = dsl.selectFrom(CASE_ROLE).where(CASE_ROLE.ID.eq(linkId).and(CASE_ROLE.DELETED_AT.isNull()));
        CaseRoleRecord r = lock ? query.forUpdate().fetchOne() : query.fetchOne();
        if (r == null || !CaseRole.VICTIM.name().equals(r.getRole())
                || !dsl.fetchExists(CASE_FILE, CASE_FILE.ID.eq(r.getCaseId()).and(CASE_FILE.DELETED_AT.isNull()))) {
            throw new VigiaException(NOT_A_VICTIM);
        }
        return r.getIdentifiedOn();
    }
}
