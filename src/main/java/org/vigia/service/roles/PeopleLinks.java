package org.vigia.service.roles;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_ROLE;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.vigia.db.schema.tables.records.CaseRoleRecord;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.RoleLink;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.audit.AuditService;
import org.vigia.service.cases.CaseService;

/**
 * The role links of the people import: look-ups by case number and by external reference, and
 * writes inside the file's transaction with the rows, history and audit events of
 * {@link RoleService#add} and {@link RoleService#update}.
 */
final class PeopleLinks {
    private final ServiceContext ctx;
    private final AuditService audit;
    private final RoleService roles;

    PeopleLinks(ServiceContext ctx, AuditService audit, RoleService roles) {
        this.ctx = ctx;
        this.audit = audit;
        this.roles = roles;
    }

    /** The live case of the office numbered {@code number} (compared as case numbers are), or null. */
    UUID caseByNumber(DSLContext dsl, String number) {
        return dsl.select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.SITE_ID.eq(ctx.siteId())
                        .and(CASE_FILE.CASE_NUMBER_NORM.eq(CaseService.numberKey(number))).and(CASE_FILE.DELETED_AT.isNull()))
                .fetchOne(CASE_FILE.ID);
    }

    /** The link of the office whose external reference is {@code ref} (deleted ones too), or null. */
    CaseRoleRecord byRef(DSLContext dsl, String ref) {
        return dsl.selectFrom(CASE_ROLE).where(CASE_ROLE.SITE_ID.eq(ctx.siteId()).and(CASE_ROLE.EXTERNAL_REF.eq(ref)))
                .fetchOne();
    }

    /** Whether another live link holds this person in this case in this role. */
    boolean duplicate(DSLContext dsl, UUID caseId, UUID personId, CaseRole role, UUID except) {
        var same = CASE_ROLE.CASE_ID.eq(caseId).and(CASE_ROLE.PERSON_ID.eq(personId))
                .and(CASE_ROLE.ROLE.eq(role.name())).and(CASE_ROLE.DELETED_AT.isNull());
        return dsl.fetchExists(CASE_ROLE, except == null ? same : same.and(CASE_ROLE.ID.ne(except)));
    }

    /** Adds a checked link with its reference; a victim status starts the classification history. */
    void create(DSLContext tx, RoleLink clean, UUID personId, String ref) {
        UUID id = Ids.next();
        CaseRoleRecord r = tx.newRecord(CASE_ROLE);
        RowStamps.created(r, id, ctx);
        r.setCaseId(clean.caseId());
        r.setPersonId(personId);
        RoleRecords.fill(r, clean);
        r.setExternalRef(ref);
        r.insert();
        Classification first = clean.classification();
        if (first != null && first.status() != null) {
            roles.appendHistory(tx, id, null, first, clean.victim().decidedBy(), clean.victim().decidedOn(), null);
        }
        audit.append(tx, "CASE_ROLE_ADD", RoleService.ENTITY, id, "case_role " + id + " added (import): person "
                + personId + " as " + clean.role().name() + " in case " + clean.caseId()
                + (first == null ? "" : " (" + first.name() + ")"));
    }

    /** Saves the fields of link {@code id} when any differs; false when all are equal. */
    boolean update(DSLContext tx, UUID id, RoleLink clean) {
        CaseRoleRecord r = tx.selectFrom(CASE_ROLE).where(CASE_ROLE.ID.eq(id)).forUpdate().fetchOne();
        CaseRoleRecord probe = r.into(CASE_ROLE);
        RoleRecords.fill(probe, clean);
        boolean differs = false;
        for (Field<?> f : CASE_ROLE.fields()) {
            Object a = r.get(f);
            Object b = probe.get(f);
            differs |= a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) != 0 : !Objects.deepEquals(a, b);
        }
        if (!differs) {
            return false;
        }
        RoleRecords.fill(r, clean);
        RowStamps.changed(r, r.getVersion(), ctx);
        r.store();
        audit.append(tx, "CASE_ROLE_UPDATE", RoleService.ENTITY, id, "case_role " + id + " changed (import)");
        return true;
    }
}
