package org.vigia.service.care;

import static org.vigia.db.schema.Tables.SUPPORT_PLAN_ITEM;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.SupportPlanItemRecord;
import org.vigia.model.ConflictException;
import org.vigia.model.Permission;
import org.vigia.model.SupportPlanItem;
import org.vigia.model.SupportPlanType;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/** A victim's support plan (HTCDS): list, add, change and remove (tombstone) its items. Audit names ids only. */
public final class SupportPlanService {
    static final String ENTITY = "support_plan_item";
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;

    public SupportPlanService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    /** The live items of the victim link: by start date (items without one last), then as recorded. */
    public List<SupportPlanItem> list(UUID linkId) {
        access.require(Permission.CASE_READ);
        DSLContext dsl = ctx.dsl();
        CareLinks.requireVictim(dsl, linkId, false);
        return dsl.selectFrom(SUPPORT_PLAN_ITEM)
                .where(SUPPORT_PLAN_ITEM.CASE_ROLE_ID.eq(linkId).and(SUPPORT_PLAN_ITEM.DELETED_AT.isNull()))
                .orderBy(SUPPORT_PLAN_ITEM.START_ON.asc().nullsLast(), SUPPORT_PLAN_ITEM.CREATED_AT,
                        SUPPORT_PLAN_ITEM.ID)
                .fetch(SupportPlanService::toModel);
    }

    public SupportPlanItem add(SupportPlanItem draft) {
        access.require(Permission.CASE_WRITE);
        SupportPlanItem clean = normalise(draft);
        CareValidation.planItem(clean, ctx.clock());
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            CareLinks.requireVictim(tx, clean.linkId(), true);
            UUID id = Ids.next();
            SupportPlanItemRecord r = tx.newRecord(SUPPORT_PLAN_ITEM);
            RowStamps.created(r, id, ctx);
            r.setCaseRoleId(clean.linkId());
            fill(r, clean);
            r.insert();
            audit.append(tx, "CARE_PLAN_ADD", ENTITY, id, "support plan item " + id + " (" + clean.type().name()
                    + ") added to victim link " + clean.linkId());
            return toModel(r);
        });
    }

    /** Saves an item's fields; refused if someone changed it since {@code edited.version()}. */
    public SupportPlanItem update(SupportPlanItem edited) {
        access.require(Permission.CASE_WRITE);
        SupportPlanItem clean = normalise(edited);
        CareValidation.planItem(clean, ctx.clock());
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            SupportPlanItemRecord r = lockForWrite(tx, clean.id(), clean.version());
            fill(r, clean);
            RowStamps.changed(r, clean.version(), ctx);
            r.store();
            audit.append(tx, "CARE_PLAN_UPDATE", ENTITY, r.getId(), "support plan item " + r.getId() + " changed");
            return toModel(r);
        });
    }

    public void remove(UUID itemId, int version) {
        access.require(Permission.CASE_WRITE);
        ctx.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            SupportPlanItemRecord r = lockForWrite(tx, itemId, version);
            r.setDeletedAt(ctx.nowUtc());
            RowStamps.changed(r, version, ctx);
            r.store();
            audit.append(tx, "CARE_PLAN_REMOVE", ENTITY, itemId, "support plan item " + itemId
                    + " of victim link " + r.getCaseRoleId() + " removed");
        });
    }

    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    /** Today on the services' clock (the default start of a new item). */
    public LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    private static SupportPlanItemRecord lockForWrite(DSLContext tx, UUID id, int version) {
        SupportPlanItemRecord r = id == null ? null : tx.selectFrom(SUPPORT_PLAN_ITEM)
                .where(SUPPORT_PLAN_ITEM.ID.eq(id).and(SUPPORT_PLAN_ITEM.DELETED_AT.isNull())).forUpdate().fetchOne();
        if (r == null) {
            throw new VigiaException("care.error.planItemNotFound");
        }
        CareLinks.requireVictim(tx, r.getCaseRoleId(), true);
        if (r.getVersion() != version) {
            throw new ConflictException(org.vigia.model.MessageArg.of("care.planType." + r.getPlanType()));
        }
        return r;
    }

    private static SupportPlanItem normalise(SupportPlanItem p) {
        return new SupportPlanItem(p.id(), p.version(), p.linkId(), p.type(), CareText.blankToNull(p.objectives()),
                CareText.blankToNull(p.actions()), p.startOn(), p.plannedEndOn(), p.actualEndOn(),
                CareText.blankToNull(p.notes()));
    }

    private static void fill(SupportPlanItemRecord r, SupportPlanItem p) {
        r.setPlanType(p.type().name());
        r.setObjectives(p.objectives());
        r.setActions(p.actions());
        r.setStartOn(p.startOn());
        r.setPlannedEndOn(p.plannedEndOn());
        r.setActualEndOn(p.actualEndOn());
        r.setNotes(p.notes());
    }

    static SupportPlanItem toModel(SupportPlanItemRecord r) {
        return new SupportPlanItem(r.getId(), r.getVersion(), r.getCaseRoleId(), SupportPlanType.valueOf(r.getPlanType()),
                r.getObjectives(), r.getActions(), r.getStartOn(), r.getPlannedEndOn(), r.getActualEndOn(),
                r.getNotes());
    }
}
