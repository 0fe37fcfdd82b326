package org.vigia.service.care;

import static org.vigia.db.schema.Tables.CONSENT_RECORD;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.ConsentRecordRecord;
import org.vigia.model.ConsentKind;
import org.vigia.model.ConsentRecord;
import org.vigia.model.ConsentState;
import org.vigia.model.Permission;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * A victim's consent, append-only: each answer (given or not) is a new record, a withdrawal too;
 * the state in force is the latest answer per kind and per organisation ({@link ConsentState}).
 */
public final class ConsentService {
    static final String ENTITY = "consent_record";
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;

    public ConsentService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    /** Every answer of the victim link, oldest first (by date, then as recorded). */
    public List<ConsentRecord> history(UUID linkId) {
        access.require(Permission.CASE_READ);
        DSLContext dsl = ctx.dsl();
        CareLinks.requireVictim(dsl, linkId, false);
        return read(dsl, linkId);
    }

    /** The consent in force for the victim link. */
    public ConsentState state(UUID linkId) {
        return ConsentState.of(history(linkId));
    }

    /** Records an answer (a withdrawal is an answer with {@code given} false); returns it as stored. */
    public ConsentRecord record(ConsentRecord draft) {
        access.require(Permission.CASE_WRITE);
        ConsentRecord clean = new ConsentRecord(null, draft.linkId(), draft.kind(),
                draft.kind() == ConsentKind.SHARING ? CareText.name(draft.organisation()) : null, draft.given(),
                draft.on(), CareText.blankToNull(draft.takenBy()), null, null);
        CareValidation.consent(clean, ctx.clock());
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            CareLinks.requireVictim(tx, clean.linkId(), true);
            UUID id = Ids.next();
            ConsentRecordRecord r = tx.newRecord(CONSENT_RECORD);
            RowStamps.created(r, id, ctx);
            r.setCaseRoleId(clean.linkId());
            r.setKind(clean.kind().name());
            r.setOrganisation(clean.organisation());
            r.setGiven(clean.given());
            r.setGivenOn(clean.on());
            r.setTakenBy(clean.takenBy());
            r.insert();
            audit.append(tx, "CARE_CONSENT_RECORD", ENTITY, id, "consent " + id + " (" + clean.kind().name()
                    + (clean.given() ? " given" : " not given") + ") recorded for victim link " + clean.linkId());
            return toModel(r);
        });
    }

    /** Today on the services' clock (the default date of an answer). */
    public LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    static List<ConsentRecord> read(DSLContext dsl, UUID linkId) {
        return dsl.selectFrom(CONSENT_RECORD)
                .where(CONSENT_RECORD.CASE_ROLE_ID.eq(linkId).and(CONSENT_RECORD.DELETED_AT.isNull()))
                .orderBy(CONSENT_RECORD.GIVEN_ON, CONSENT_RECORD.CREATED_AT, CONSENT_RECORD.ID)
                .fetch(ConsentService::toModel);
    }

    static ConsentRecord toModel(ConsentRecordRecord r) {
        return new ConsentRecord(r.getId(), r.getCaseRoleId(), ConsentKind.valueOf(r.getKind()), r.getOrganisation(),
                r.getGiven(), r.getGivenOn(), r.getTakenBy(), r.getCreatedBy(), r.getCreatedAt().toInstant());
    }
}
