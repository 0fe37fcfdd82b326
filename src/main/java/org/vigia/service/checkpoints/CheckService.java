package org.vigia.service.checkpoints;

import static org.vigia.db.schema.Tables.BORDER_CHECK;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.BorderCheckRecord;
import org.vigia.db.schema.tables.records.CheckpointControlRecord;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckResult;
import org.vigia.model.CheckSubject;
import org.vigia.model.CheckpointControl;
import org.vigia.model.ConflictException;
import org.vigia.model.Permission;
import org.vigia.model.RecordedCheck;
import org.vigia.model.VigiaException;
import org.vigia.model.WatchCheckResult;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;
import org.vigia.service.imports.ImportKind;
import org.vigia.service.watchlists.WatchMatcher;

/**
 * The checks of a control, one traveller and/or document each: recorded inside the control's
 * shift and matched against the watch lists in the same transaction ({@link WatchMatcher#record});
 * listed newest first, paged; changed (optimistic version) and removed (tombstone). A check
 * recorded without a result gets HIT_PENDING when a list hit, NO_HIT otherwise.
 */
public final class CheckService {
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;
    private final WatchMatcher matcher;

    public CheckService(ServiceContext ctx, AuditService audit, WatchMatcher matcher) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
        this.matcher = Objects.requireNonNull(matcher);
    }

    /** What the watch lists say about {@code subject} now, writing nothing (the entry form's live line). */
    public WatchCheckResult preview(CheckSubject subject) {
        access.require(Permission.CASE_READ);
        return matcher.preview(subject);
    }

    /** Records a check in control {@code draft.controlId()} and matches it against the watch lists. */
    public RecordedCheck record(BorderCheck draft) {
        access.require(Permission.CASE_WRITE);
        BorderCheck clean = CheckRecords.normalise(draft);
        CheckpointControl control = controlOf(ctx.dsl(), clean.controlId());
        CheckValidation.validate(clean, control);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            CheckpointControl locked = controlOf(tx, clean.controlId());
            CheckValidation.validate(clean, locked);
            return insert(tx, clean);
        });
    }

    /** Inside {@code tx}: writes a checked, normalised check, matches it, appends its audit event. */
    RecordedCheck insert(DSLContext tx, BorderCheck clean) {
        UUID id = Ids.next();
        BorderCheck full = CheckRecords.complete(clean, CheckValidation.minor(clean),
                clean.result() == null ? CheckResult.NO_HIT : clean.result());
        BorderCheckRecord r = tx.newRecord(BORDER_CHECK);
        RowStamps.created(r, id, ctx);
        CheckRecords.fill(r, full);
        r.insert();
        WatchCheckResult watch = matcher.record(tx, id, full.subject());
        if (clean.result() == null && watch.hit()) {
            r.setResult(CheckResult.HIT_PENDING.name());
            r.store();
        }
        audit.append(tx, "CHECK_RECORD", "border_check", id, "check " + id + " recorded in control "
                + clean.controlId() + (watch.hit() ? " with " + watch.hits().size() + " watch-list hit(s)" : ""));
        return new RecordedCheck(CheckRecords.toModel(r), watch);
    }

    /** The live checks of a live control, newest first, rows [offset, offset + limit). */
    public List<BorderCheck> list(UUID controlId, int offset, int limit) {
        access.require(Permission.CASE_READ);
        ControlService.live(ctx.dsl(), controlId, false);
        return ctx.dsl().selectFrom(BORDER_CHECK).where(ofControl(controlId))
                .orderBy(BORDER_CHECK.CHECKED_AT.desc(), BORDER_CHECK.ID.desc())
                .offset(Math.max(0, offset)).limit(Math.max(0, limit)).fetch(CheckRecords::toModel);
    }

    public long count(UUID controlId) {
        access.require(Permission.CASE_READ);
        return ctx.dsl().fetchCount(BORDER_CHECK, ofControl(controlId));
    }

    public BorderCheck get(UUID id) {
        access.require(Permission.CASE_READ);
        return CheckRecords.toModel(live(ctx.dsl(), id, false));
    }

    /**
     * Saves changes to a check (same rules; its control cannot change); refused when stale. The
     * watch-list match made when it was recorded is kept as it was.
     */
    public BorderCheck update(BorderCheck edited) {
        access.require(Permission.CASE_WRITE);
        BorderCheck clean = CheckRecords.normalise(edited);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            BorderCheckRecord r = lock(tx, clean.id(), clean.version());
            BorderCheck same = withControl(clean, r.getControlId());
            CheckValidation.validate(same, controlOf(tx, r.getControlId()));
            CheckRecords.fill(r, CheckRecords.complete(same, CheckValidation.minor(same),
                    same.result() == null ? CheckResult.valueOf(r.getResult()) : same.result()));
            RowStamps.changed(r, clean.version(), ctx);
            r.store();
            audit.append(tx, "CHECK_UPDATE", "border_check", r.getId(), "check " + r.getId() + " changed");
            return CheckRecords.toModel(r);
        });
    }

    /** Removes a check (tombstone). */
    public void remove(UUID id, int version) {
        access.require(Permission.CASE_WRITE);
        ctx.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            BorderCheckRecord r = lock(tx, id, version);
            r.setDeletedAt(ctx.nowUtc());
            RowStamps.changed(r, version, ctx);
            r.store();
            audit.append(tx, "CHECK_REMOVE", "border_check", id, "check " + id + " of control " + r.getControlId() + " removed");
        });
    }

    /** The CSV file of checks (docs/import-csv.md, "Checks file"), for {@code ImportService}. */
    public ImportKind<?> importKind() {
        access.require(Permission.CASE_WRITE);
        return new CheckImport(ctx, audit, this);
    }

    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    ServiceContext context() {
        return ctx;
    }

    private static Condition ofControl(UUID controlId) {
        return BORDER_CHECK.CONTROL_ID.eq(controlId).and(BORDER_CHECK.DELETED_AT.isNull());
    }

    /** The live control {@code id}, or null when there is none. */
    static CheckpointControl controlOf(DSLContext dsl, UUID id) {
        if (id == null) {
            return null;
        }
        try {
            CheckpointControlRecord r = ControlService.live(dsl, id, false);
            return ControlService.toModel(r);
        } catch (VigiaException e) {
            return null;
        }
    }

    static BorderCheckRecord live(DSLContext dsl, UUID id, boolean lock) {
        var q = dsl.selectFrom(BORDER_CHECK).where(BORDER_CHECK.ID.eq(id).and(BORDER_CHECK.DELETED_AT.isNull()));
        BorderCheckRecord r = id == null ? null : lock ? q.forUpdate().fetchOne() : q.fetchOne();
        if (r == null) {
            throw new VigiaException("checkpoint.error.checkNotFound");
        }
        return r;
    }

    private static BorderCheckRecord lock(DSLContext tx, UUID id, int version) {
        BorderCheckRecord r = live(tx, id, true);
        if (r.getVersion() != version) {
            throw new ConflictException(r.getCheckedAt().toString());
        }
        return r;
    }

    private static BorderCheck withControl(BorderCheck c, UUID controlId) {
        return new BorderCheck(c.id(), c.version(), controlId, c.checkedAt(), c.externalRef(), c.givenNames(),
                c.familyNames(), c.birthDate(), c.gender(), c.nationality(), c.minor(), c.docNumber(), c.docType(),
                c.docCountry(), c.direction(), c.purpose(), c.conveyance(), c.conveyanceRef(), c.vesselImo(),
                c.vesselFlag(), c.result(), c.action(), c.notes());
    }
}
