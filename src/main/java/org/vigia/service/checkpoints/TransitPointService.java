package org.vigia.service.checkpoints;

import static org.vigia.db.schema.Tables.TRANSIT_POINT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.TransitPointRecord;
import org.vigia.model.CheckpointLimits;
import org.vigia.model.ConflictException;
import org.vigia.model.Limits;
import org.vigia.model.Permission;
import org.vigia.model.TransitPoint;
import org.vigia.model.TransitPointQuery;
import org.vigia.model.TransitPointType;
import org.vigia.model.VigiaException;
import org.vigia.service.Checks;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.TextNorm;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * Transit points: list (paged, filtered by type, country and name), add, change, remove
 * (tombstone). Two live points of the same type and country may not share a name (compared
 * folded: case and accents ignored).
 */
public final class TransitPointService {
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;

    public TransitPointService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    /** The live points matching {@code q}, by name, rows [offset, offset + limit). */
    public List<TransitPoint> list(TransitPointQuery q, int offset, int limit) {
        access.require(Permission.CASE_READ);
        return ctx.dsl().selectFrom(TRANSIT_POINT).where(filter(q))
                .orderBy(TRANSIT_POINT.NAME_NORM, TRANSIT_POINT.COUNTRY, TRANSIT_POINT.ID)
                .offset(Math.max(0, offset)).limit(Math.max(0, limit)).fetch(TransitPointService::toModel);
    }

    public long count(TransitPointQuery q) {
        access.require(Permission.CASE_READ);
        return ctx.dsl().fetchCount(TRANSIT_POINT, filter(q));
    }

    public TransitPoint get(UUID id) {
        access.require(Permission.CASE_READ);
        return toModel(live(ctx.dsl(), id, false));
    }

    public TransitPoint add(TransitPoint draft) {
        access.require(Permission.CASE_WRITE);
        TransitPoint clean = normalise(draft);
        validate(clean);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            checkFree(tx, clean, null);
            UUID id = Ids.next();
            TransitPointRecord r = tx.newRecord(TRANSIT_POINT);
            RowStamps.created(r, id, ctx);
            fill(r, clean);
            r.insert();
            audit.append(tx, "TRANSIT_POINT_ADD", "transit_point", id,
                    "transit point " + id + " (" + clean.type().name() + ", " + clean.country() + ") added");
            return toModel(r);
        });
    }

    /** Saves changes; refused if someone changed the point since {@code edited.version()}. */
    public TransitPoint update(TransitPoint edited) {
        access.require(Permission.CASE_WRITE);
        TransitPoint clean = normalise(edited);
        validate(clean);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            TransitPointRecord r = lock(tx, clean.id(), clean.version());
            checkFree(tx, clean, clean.id());
            fill(r, clean);
            RowStamps.changed(r, clean.version(), ctx);
            r.store();
            audit.append(tx, "TRANSIT_POINT_UPDATE", "transit_point", r.getId(), "transit point " + r.getId() + " changed");
            return toModel(r);
        });
    }

    /** Removes a point (tombstone); its controls stay, still naming it. */
    public void remove(UUID id, int version) {
        access.require(Permission.CASE_WRITE);
        ctx.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            TransitPointRecord r = lock(tx, id, version);
            r.setDeletedAt(ctx.nowUtc());
            RowStamps.changed(r, version, ctx);
            r.store();
            audit.append(tx, "TRANSIT_POINT_REMOVE", "transit_point", id, "transit point " + id + " removed");
        });
    }

    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    private static Condition filter(TransitPointQuery q) {
        Condition c = TRANSIT_POINT.DELETED_AT.isNull();
        if (q == null) {
            return c;
        }
        if (q.type() != null) {
            c = c.and(TRANSIT_POINT.POINT_TYPE.eq(q.type().name()));
        }
        if (q.country() != null && !q.country().isBlank()) {
            c = c.and(TRANSIT_POINT.COUNTRY.eq(q.country().strip().toUpperCase(Locale.ROOT)));
        }
        String text = TextNorm.fold(q.text());
        if (!text.isEmpty()) {
            c = c.and(TRANSIT_POINT.NAME_NORM.like(TextNorm.likePrefix(text), '!'));
        }
        return c;
    }

    private void checkFree(DSLContext tx, TransitPoint p, UUID self) {
        Condition clash = TRANSIT_POINT.DELETED_AT.isNull().and(TRANSIT_POINT.POINT_TYPE.eq(p.type().name()))
                .and(TRANSIT_POINT.COUNTRY.eq(p.country())).and(TRANSIT_POINT.NAME_NORM.eq(TextNorm.fold(p.name())));
        if (self != null) {
            clash = clash.and(TRANSIT_POINT.ID.ne(self));
        }
        if (tx.fetchExists(TRANSIT_POINT, clash)) {
            new Checks().add("pointName", "checkpoint.error.duplicatePoint", p.name()).throwIfAny();
        }
    }

    static TransitPointRecord live(DSLContext dsl, UUID id, boolean lock) {
        var q = dsl.selectFrom(TRANSIT_POINT).where(TRANSIT_POINT.ID.eq(id).and(TRANSIT_POINT.DELETED_AT.isNull()));
        TransitPointRecord r = id == null ? null : lock ? q.forUpdate().fetchOne() : q.fetchOne();
        if (r == null) {
            throw new VigiaException("checkpoint.error.pointNotFound");
        }
        return r;
    }

    private static TransitPointRecord lock(DSLContext tx, UUID id, int version) {
        TransitPointRecord r = live(tx, id, true);
        if (r.getVersion() != version) {
            throw new ConflictException(r.getName());
        }
        return r;
    }

    static TransitPoint normalise(TransitPoint p) {
        return new TransitPoint(p.id(), p.version(), p.type(), CheckRecords.strip(p.name()),
                CheckRecords.upper(p.country()), CheckRecords.blankToNull(p.locality()), p.latitude(), p.longitude());
    }

    static void validate(TransitPoint p) {
        Checks c = new Checks();
        if (p.type() == null) {
            c.add("pointType", "validation.required");
        }
        c.requiredLine("pointName", p.name(), CheckpointLimits.POINT_NAME);
        if (c.ok("pointName") && TextNorm.fold(p.name()).length() > CheckpointLimits.POINT_NAME) {
            c.add("pointName", "validation.tooLong", CheckpointLimits.POINT_NAME);
        }
        c.requiredCountry("country", p.country());
        c.optionalLine("locality", p.locality(), Limits.LOCALITY);
        coordinate(c, "latitude", p.latitude(), 90);
        coordinate(c, "longitude", p.longitude(), 180);
        if ((p.latitude() == null) != (p.longitude() == null)) {
            c.add(p.latitude() == null ? "latitude" : "longitude", "checkpoint.error.coordinatesPair");
        }
        c.throwIfAny();
    }

    private static void coordinate(Checks c, String field, BigDecimal v, int max) {
        if (v != null && (v.abs().compareTo(BigDecimal.valueOf(max)) > 0)) {
            c.add(field, "checkpoint.error.coordinateRange", -max, max);
        }
    }

    private static void fill(TransitPointRecord r, TransitPoint p) {
        r.setPointType(p.type().name());
        r.setName(p.name());
        r.setNameNorm(TextNorm.fold(p.name()));
        r.setCountry(p.country());
        r.setLocality(p.locality());
        r.setLatitude(p.latitude() == null ? null : p.latitude().setScale(6, RoundingMode.HALF_UP));
        r.setLongitude(p.longitude() == null ? null : p.longitude().setScale(6, RoundingMode.HALF_UP));
    }

    static TransitPoint toModel(TransitPointRecord r) {
        return new TransitPoint(r.getId(), r.getVersion(), TransitPointType.valueOf(r.getPointType()), r.getName(),
                r.getCountry(), r.getLocality(), r.getLatitude(), r.getLongitude());
    }
}
