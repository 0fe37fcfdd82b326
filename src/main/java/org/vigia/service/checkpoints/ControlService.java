package org.vigia.service.checkpoints;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.CHECKPOINT_CONTROL;
import static org.vigia.db.schema.Tables.CHECK_TALLY;
import static org.vigia.db.schema.Tables.OPERATION;
import static org.vigia.db.schema.Tables.TRANSIT_POINT;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.vigia.db.schema.tables.records.CheckpointControlRecord;
import org.vigia.model.CheckpointControl;
import org.vigia.model.CheckpointLimits;
import org.vigia.model.ConflictException;
import org.vigia.model.ControlQuery;
import org.vigia.model.ControlSummary;
import org.vigia.model.Permission;
import org.vigia.model.TransitPointType;
import org.vigia.model.VigiaException;
import org.vigia.service.Checks;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * Checkpoint controls: an operation's control at a transit point over one shift (start before
 * end, at most {@link CheckpointLimits#MAX_SHIFT_HOURS} hours), with its officers and notes. Listed
 * paged, newest shift first, with the counts of their checks and tallies.
 */
public final class ControlService {
    private static final Field<Integer> CHECKS = DSL.field(DSL.selectCount().from(BORDER_CHECK)
            .where(BORDER_CHECK.CONTROL_ID.eq(CHECKPOINT_CONTROL.ID).and(BORDER_CHECK.DELETED_AT.isNull())));
    private static final Field<Integer> TALLIES = DSL.field(DSL.selectCount().from(CHECK_TALLY)
            .where(CHECK_TALLY.CONTROL_ID.eq(CHECKPOINT_CONTROL.ID).and(CHECK_TALLY.DELETED_AT.isNull())));
    private static final Field<java.math.BigDecimal> PERSONS = tallySum(CHECK_TALLY.PERSONS_SCREENED);
    private static final Field<java.math.BigDecimal> DOCUMENTS = tallySum(CHECK_TALLY.DOCUMENTS_CHECKED);
    private static final Field<java.math.BigDecimal> HITS = tallySum(CHECK_TALLY.HITS);

    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;

    public ControlService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    /** The live controls matching {@code q}, newest shift first, rows [offset, offset + limit). */
    public List<ControlSummary> list(ControlQuery q, int offset, int limit) {
        access.require(Permission.CASE_READ);
        return fetch(filter(q), offset, limit);
    }

    private List<ControlSummary> fetch(Condition where, int offset, int limit) {
        return ctx.dsl().select(CHECKPOINT_CONTROL.fields()).select(OPERATION.CODE, TRANSIT_POINT.NAME,
                        TRANSIT_POINT.POINT_TYPE, TRANSIT_POINT.COUNTRY, CHECKS, TALLIES, PERSONS, DOCUMENTS, HITS)
                .from(CHECKPOINT_CONTROL).join(OPERATION).on(OPERATION.ID.eq(CHECKPOINT_CONTROL.OPERATION_ID))
                .join(TRANSIT_POINT).on(TRANSIT_POINT.ID.eq(CHECKPOINT_CONTROL.TRANSIT_POINT_ID))
                .where(where).orderBy(CHECKPOINT_CONTROL.SHIFT_START.desc(), CHECKPOINT_CONTROL.ID.desc())
                .offset(Math.max(0, offset)).limit(Math.max(0, limit)).fetch(ControlService::summary);
    }

    public long count(ControlQuery q) {
        access.require(Permission.CASE_READ);
        return ctx.dsl().fetchCount(CHECKPOINT_CONTROL, filter(q));
    }

    public CheckpointControl get(UUID id) {
        access.require(Permission.CASE_READ);
        return toModel(live(ctx.dsl(), id, false));
    }

    /** The listed form of one live control. */
    public ControlSummary summary(UUID id) {
        access.require(Permission.CASE_READ);
        live(ctx.dsl(), id, false);
        return fetch(CHECKPOINT_CONTROL.ID.eq(id), 0, 1).get(0);
    }

    public CheckpointControl add(CheckpointControl draft) {
        access.require(Permission.CASE_WRITE);
        CheckpointControl clean = normalise(draft);
        validate(clean);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            requireReferences(tx, clean);
            UUID id = Ids.next();
            CheckpointControlRecord r = tx.newRecord(CHECKPOINT_CONTROL);
            RowStamps.created(r, id, ctx);
            fill(r, clean);
            r.insert();
            audit.append(tx, "CONTROL_ADD", "checkpoint_control", id, "control " + id + " at transit point "
                    + clean.transitPointId() + " of operation " + clean.operationId() + " added");
            return toModel(r);
        });
    }

    /** Saves changes; its live checks must stay inside the shift. Refused when stale. */
    public CheckpointControl update(CheckpointControl edited) {
        access.require(Permission.CASE_WRITE);
        CheckpointControl clean = normalise(edited);
        validate(clean);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            CheckpointControlRecord r = lock(tx, clean.id(), clean.version());
            requireReferences(tx, clean);
            int outside = tx.fetchCount(BORDER_CHECK, BORDER_CHECK.CONTROL_ID.eq(r.getId())
                    .and(BORDER_CHECK.DELETED_AT.isNull())
                    .and(BORDER_CHECK.CHECKED_AT.lt(CheckRecords.utc(clean.shiftStart()))
                            .or(BORDER_CHECK.CHECKED_AT.gt(CheckRecords.utc(clean.shiftEnd())))));
            if (outside > 0) {
                new Checks().add("shiftEnd", "checkpoint.error.checksOutsideShift", outside).throwIfAny();
            }
            fill(r, clean);
            RowStamps.changed(r, clean.version(), ctx);
            r.store();
            audit.append(tx, "CONTROL_UPDATE", "checkpoint_control", r.getId(), "control " + r.getId() + " changed");
            return toModel(r);
        });
    }

    /** Removes a control (tombstone); its checks and tallies stay with it. */
    public void remove(UUID id, int version) {
        access.require(Permission.CASE_WRITE);
        ctx.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            CheckpointControlRecord r = lock(tx, id, version);
            r.setDeletedAt(ctx.nowUtc());
            RowStamps.changed(r, version, ctx);
            r.store();
            audit.append(tx, "CONTROL_REMOVE", "checkpoint_control", id, "control " + id + " removed");
        });
    }

    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    private static Condition filter(ControlQuery q) {
        Condition c = CHECKPOINT_CONTROL.DELETED_AT.isNull();
        if (q == null) {
            return c;
        }
        if (q.transitPointId() != null) {
            c = c.and(CHECKPOINT_CONTROL.TRANSIT_POINT_ID.eq(q.transitPointId()));
        }
        if (q.operationId() != null) {
            c = c.and(CHECKPOINT_CONTROL.OPERATION_ID.eq(q.operationId()));
        }
        if (q.from() != null) {
            c = c.and(CHECKPOINT_CONTROL.SHIFT_END.ge(q.from().atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        if (q.to() != null) {
            c = c.and(CHECKPOINT_CONTROL.SHIFT_START.lt(q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        return c;
    }

    private static void requireReferences(DSLContext tx, CheckpointControl c) {
        Checks checks = new Checks();
        if (!tx.fetchExists(OPERATION, OPERATION.ID.eq(c.operationId()).and(OPERATION.DELETED_AT.isNull()))) {
            checks.add("operationId", "validation.unknownOperation");
        }
        if (!tx.fetchExists(TRANSIT_POINT, TRANSIT_POINT.ID.eq(c.transitPointId()).and(TRANSIT_POINT.DELETED_AT.isNull()))) {
            checks.add("transitPointId", "checkpoint.error.pointNotFound");
        }
        checks.throwIfAny();
    }

    static CheckpointControlRecord live(DSLContext dsl, UUID id, boolean lock) {
        var q = dsl.selectFrom(CHECKPOINT_CONTROL)
                .where(CHECKPOINT_CONTROL.ID.eq(id).and(CHECKPOINT_CONTROL.DELETED_AT.isNull()));
        CheckpointControlRecord r = id == null ? null : lock ? q.forUpdate().fetchOne() : q.fetchOne();
        if (r == null) {
            throw new VigiaException("checkpoint.error.controlNotFound");
        }
        return r;
    }

    private static CheckpointControlRecord lock(DSLContext tx, UUID id, int version) {
        CheckpointControlRecord r = live(tx, id, true);
        if (r.getVersion() != version) {
            throw new ConflictException(r.getShiftStart().toString());
        }
        return r;
    }

    static CheckpointControl normalise(CheckpointControl c) {
        return new CheckpointControl(c.id(), c.version(), c.operationId(), c.transitPointId(),
                CheckRecords.millis(c.shiftStart()), CheckRecords.millis(c.shiftEnd()),
                CheckRecords.blankToNull(c.officers()), CheckRecords.blankToNull(c.notes()));
    }

    static void validate(CheckpointControl c) {
        Checks checks = new Checks();
        if (c.operationId() == null) {
            checks.add("operationId", "validation.required");
        }
        if (c.transitPointId() == null) {
            checks.add("transitPointId", "validation.required");
        }
        instant(checks, "shiftStart", c.shiftStart());
        instant(checks, "shiftEnd", c.shiftEnd());
        if (checks.ok("shiftStart") && checks.ok("shiftEnd")) {
            if (!c.shiftEnd().isAfter(c.shiftStart())) {
                checks.add("shiftEnd", "checkpoint.error.shiftEndBeforeStart");
            } else if (Duration.between(c.shiftStart(), c.shiftEnd()).toHours() >= CheckpointLimits.MAX_SHIFT_HOURS) {
                checks.add("shiftEnd", "checkpoint.error.shiftTooLong", CheckpointLimits.MAX_SHIFT_HOURS);
            }
        }
        checks.optionalText("officers", c.officers(), CheckpointLimits.OFFICERS);
        checks.optionalText("notes", c.notes(), CheckpointLimits.CONTROL_NOTES);
        checks.throwIfAny();
    }

    private static void instant(Checks checks, String field, Instant at) {
        if (at == null) {
            checks.add(field, "validation.required");
        } else {
            checks.requiredDate(field, at.atOffset(ZoneOffset.UTC).toLocalDate());
        }
    }

    private static void fill(CheckpointControlRecord r, CheckpointControl c) {
        r.setOperationId(c.operationId());
        r.setTransitPointId(c.transitPointId());
        r.setShiftStart(CheckRecords.utc(c.shiftStart()));
        r.setShiftEnd(CheckRecords.utc(c.shiftEnd()));
        r.setOfficers(c.officers());
        r.setNotes(c.notes());
    }

    static CheckpointControl toModel(CheckpointControlRecord r) {
        return new CheckpointControl(r.getId(), r.getVersion(), r.getOperationId(), r.getTransitPointId(),
                r.getShiftStart().toInstant(), r.getShiftEnd().toInstant(), r.getOfficers(), r.getNotes());
    }

    private static ControlSummary summary(Record rec) {
        CheckpointControlRecord r = rec.into(CHECKPOINT_CONTROL);
        return new ControlSummary(toModel(r), rec.get(OPERATION.CODE), rec.get(TRANSIT_POINT.NAME),
                TransitPointType.valueOf(rec.get(TRANSIT_POINT.POINT_TYPE)), rec.get(TRANSIT_POINT.COUNTRY),
                rec.get(CHECKS), rec.get(TALLIES), longOf(rec.get(PERSONS)), longOf(rec.get(DOCUMENTS)),
                longOf(rec.get(HITS)));
    }

    private static long longOf(java.math.BigDecimal v) {
        return v == null ? 0 : v.longValue();
    }

    private static Field<java.math.BigDecimal> tallySum(Field<Integer> column) {
        return DSL.field(DSL.select(DSL.sum(column)).from(CHECK_TALLY)
                .where(CHECK_TALLY.CONTROL_ID.eq(CHECKPOINT_CONTROL.ID).and(CHECK_TALLY.DELETED_AT.isNull())));
    }
}
