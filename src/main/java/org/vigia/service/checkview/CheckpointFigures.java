package org.vigia.service.checkview;

import static org.vigia.db.schema.Tables.CHECKPOINT_CONTROL;
import static org.vigia.db.schema.Tables.OPERATION;
import static org.vigia.db.schema.Tables.TRANSIT_POINT;
import static org.vigia.db.schema.Tables.WATCH_HIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.WatchHitRecord;
import org.vigia.model.CheckLine;
import org.vigia.model.CheckpointCounts;
import org.vigia.model.CheckpointRange;
import org.vigia.model.CheckpointTotals;
import org.vigia.model.ConflictException;
import org.vigia.model.ControlFigures;
import org.vigia.model.HitFilter;
import org.vigia.model.HitFollowUp;
import org.vigia.model.HitLine;
import org.vigia.model.Permission;
import org.vigia.model.PointFigures;
import org.vigia.model.VigiaException;
import org.vigia.service.Checks;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * The border checkpoints figures of an office: per transit point and per control over a range of
 * days (optionally one operation), the counted checks and the tallies side by side, the totals;
 * the checks of a control; the watch-list hits with their follow-up. Every figure is an SQL
 * aggregate over the records: nothing is typed in, no check row is loaded to be counted.
 */
public final class CheckpointFigures {
    public static final int MAX_PAGE = 1_000;
    public static final int FOLLOW_UP_NOTE = 2_000;
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;
    private final CheckLines checks;
    private final HitQueries hits;

    public CheckpointFigures(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
        this.checks = new CheckLines(ctx);
        this.hits = new HitQueries(ctx);
    }

    /** The transit points with at least one control in the range, with their figures: by country, then name. */
    public List<PointFigures> points(CheckpointRange range) {
        access.require(Permission.CASE_READ);
        Condition controls = controlsIn(range);
        DSLContext dsl = ctx.dsl();
        Map<UUID, CheckpointCounts> counts = FigureQueries.counts(dsl, CHECKPOINT_CONTROL.TRANSIT_POINT_ID, controls);
        Map<UUID, FigureQueries.ControlCount> n = FigureQueries.controls(dsl, CHECKPOINT_CONTROL.TRANSIT_POINT_ID, controls);
        var tp = TRANSIT_POINT;
        return dsl.select(tp.ID, tp.NAME, tp.POINT_TYPE, tp.COUNTRY, tp.LOCALITY).from(tp)
                .where(tp.ID.in(counts.keySet())).orderBy(tp.COUNTRY, tp.NAME_NORM, tp.ID)
                .fetch(r -> new PointFigures(r.get(tp.ID), r.get(tp.NAME), r.get(tp.POINT_TYPE), r.get(tp.COUNTRY),
                        r.get(tp.LOCALITY), n.get(r.get(tp.ID)).controls(), counts.get(r.get(tp.ID))));
    }

    /** The controls of transit point {@code pointId} in the range, with their figures: by shift start. */
    public List<ControlFigures> controls(CheckpointRange range, UUID pointId) {
        access.require(Permission.CASE_READ);
        var cc = CHECKPOINT_CONTROL;
        Condition controls = controlsIn(range).and(cc.TRANSIT_POINT_ID.eq(pointId));
        DSLContext dsl = ctx.dsl();
        Map<UUID, CheckpointCounts> counts = FigureQueries.counts(dsl, cc.ID, controls);
        List<ControlFigures> out = new ArrayList<>();
        dsl.select(cc.ID, cc.TRANSIT_POINT_ID, cc.OPERATION_ID, OPERATION.CODE, cc.SHIFT_START, cc.SHIFT_END, cc.OFFICERS)
                .from(cc).join(OPERATION).on(OPERATION.ID.eq(cc.OPERATION_ID)).where(controls)
                .orderBy(cc.SHIFT_START, cc.ID)
                .forEach(r -> out.add(new ControlFigures(r.get(cc.ID), r.get(cc.TRANSIT_POINT_ID), r.get(cc.OPERATION_ID),
                        r.get(OPERATION.CODE), r.get(cc.SHIFT_START).toInstant(), r.get(cc.SHIFT_END).toInstant(),
                        r.get(cc.OFFICERS), counts.getOrDefault(r.get(cc.ID), CheckpointCounts.NONE))));
        return out;
    }

    /** The figures of the whole range: transit points with controls, controls, and every count. */
    public CheckpointTotals totals(CheckpointRange range) {
        access.require(Permission.CASE_READ);
        Condition controls = controlsIn(range);
        DSLContext dsl = ctx.dsl();
        FigureQueries.ControlCount n = FigureQueries.controls(dsl, null, controls).get(FigureQueries.ALL);
        CheckpointCounts counts = FigureQueries.counts(dsl, null, controls).get(FigureQueries.ALL);
        return new CheckpointTotals(n.points(), n.controls(), counts);
    }

    /** How many live checks control {@code controlId} counted. */
    public long countChecks(UUID controlId) {
        access.require(Permission.CASE_READ);
        return checks.count(ctx.dsl(), controlId);
    }

    /** A page of the live checks of control {@code controlId}, in the order they were made. */
    public List<CheckLine> checks(UUID controlId, int offset, int limit) {
        access.require(Permission.CASE_READ);
        return checks.page(ctx.dsl(), controlId, offset, Math.min(limit, MAX_PAGE));
    }

    public long countHits(HitFilter filter) {
        access.require(Permission.CASE_READ);
        return hits.count(ctx.dsl(), filter == null ? HitFilter.ALL : filter);
    }

    /** A page of the live watch-list hits (at entry and late) that {@code filter} keeps: newest first. */
    public List<HitLine> hits(HitFilter filter, int offset, int limit) {
        access.require(Permission.CASE_READ);
        return hits.page(ctx.dsl(), filter == null ? HitFilter.ALL : filter, offset, Math.min(limit, MAX_PAGE));
    }

    /**
     * Sets where the follow-up of hit {@code hitId} stands, with a note (may be empty); refused if
     * the hit changed since {@code version}. The audit event names the hit by id only.
     */
    public HitLine setFollowUp(UUID hitId, int version, HitFollowUp state, String note) {
        access.require(Permission.CASE_WRITE);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        Checks c = new Checks();
        if (state == null) {
            c.add("hitFollowUp", "validation.required");
        }
        c.optionalText("hitNote", cleanNote, FOLLOW_UP_NOTE).throwIfAny();
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            WatchHitRecord r = tx.selectFrom(WATCH_HIT).where(WATCH_HIT.ID.eq(hitId).and(WATCH_HIT.DELETED_AT.isNull()))
                    .forUpdate().fetchOne();
            HitLine before = r == null ? null : hits.one(tx, hitId);
            if (before == null) {
                throw new VigiaException("checkview.error.hitNotFound");
            }
            if (r.getVersion() != version) {
                throw new ConflictException(before.hit().list().listName() + " " + before.hit().list().listVersion());
            }
            String from = r.getFollowUp();
            r.setFollowUp(state.name());
            r.setFollowUpNote(cleanNote);
            RowStamps.changed(r, version, ctx);
            r.store();
            audit.append(tx, "WATCH_HIT_FOLLOW_UP", "watch_hit", hitId,
                    "watch_hit " + hitId + " follow-up " + from + " -> " + state.name());
            return hits.one(tx, hitId);
        });
    }

    /** Whether the signed-in account may (screens offer only what it may do). */
    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    private Condition controlsIn(CheckpointRange range) {
        Checks c = new Checks();
        if (range == null) {
            c.add("from", "validation.required").throwIfAny();
        }
        c.requiredDate("from", range.from()).requiredDate("to", range.to());
        if (c.ok("from") && c.ok("to") && range.to().isBefore(range.from())) {
            c.add("to", "checkview.error.rangeOrder");
        }
        if (range.operationId() != null && !ctx.dsl().fetchExists(OPERATION,
                OPERATION.ID.eq(range.operationId()).and(OPERATION.DELETED_AT.isNull()))) {
            c.add("operationId", "validation.unknownOperation");
        }
        c.throwIfAny();
        return FigureQueries.controlsIn(range, ctx.clock().getZone());
    }
}
