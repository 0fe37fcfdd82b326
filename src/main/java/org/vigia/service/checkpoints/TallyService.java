package org.vigia.service.checkpoints;

import static org.vigia.db.schema.Tables.CHECK_TALLY;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.CheckTallyRecord;
import org.vigia.model.CheckTally;
import org.vigia.model.CheckpointLimits;
import org.vigia.model.ConflictException;
import org.vigia.model.Permission;
import org.vigia.model.VigiaException;
import org.vigia.service.Checks;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * Tallies of a control: high-volume counts ("850 travellers screened, 0 hits") entered instead of
 * one check per traveller. They are kept in their own table and never become checks.
 */
public final class TallyService {
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;

    public TallyService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    /** The live tallies of a live control, oldest first (a control has few). */
    public List<CheckTally> list(UUID controlId) {
        access.require(Permission.CASE_READ);
        ControlService.live(ctx.dsl(), controlId, false);
        return ctx.dsl().selectFrom(CHECK_TALLY)
                .where(CHECK_TALLY.CONTROL_ID.eq(controlId).and(CHECK_TALLY.DELETED_AT.isNull()))
                .orderBy(CHECK_TALLY.CREATED_AT, CHECK_TALLY.ID).fetch(TallyService::toModel);
    }

    public CheckTally add(CheckTally draft) {
        access.require(Permission.CASE_WRITE);
        CheckTally clean = normalise(draft);
        validate(clean);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (clean.controlId() == null || CheckService.controlOf(tx, clean.controlId()) == null) {
                throw new VigiaException("checkpoint.error.controlNotFound");
            }
            UUID id = Ids.next();
            CheckTallyRecord r = tx.newRecord(CHECK_TALLY);
            RowStamps.created(r, id, ctx);
            r.setControlId(clean.controlId());
            fill(r, clean);
            r.insert();
            audit.append(tx, "TALLY_ADD", "check_tally", id, "tally " + id + " of control " + clean.controlId()
                    + ": " + clean.personsScreened() + " persons, " + clean.documentsChecked() + " documents, "
                    + clean.hits() + " hits");
            return toModel(r);
        });
    }

    /** Saves changed counts or note; refused when stale. */
    public CheckTally update(CheckTally edited) {
        access.require(Permission.CASE_WRITE);
        CheckTally clean = normalise(edited);
        validate(clean);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            CheckTallyRecord r = lock(tx, clean.id(), clean.version());
            fill(r, clean);
            RowStamps.changed(r, clean.version(), ctx);
            r.store();
            audit.append(tx, "TALLY_UPDATE", "check_tally", r.getId(), "tally " + r.getId() + " changed");
            return toModel(r);
        });
    }

    public void remove(UUID id, int version) {
        access.require(Permission.CASE_WRITE);
        ctx.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            CheckTallyRecord r = lock(tx, id, version);
            r.setDeletedAt(ctx.nowUtc());
            RowStamps.changed(r, version, ctx);
            r.store();
            audit.append(tx, "TALLY_REMOVE", "check_tally", id, "tally " + id + " removed");
        });
    }

    private static CheckTallyRecord lock(DSLContext tx, UUID id, int version) {
        CheckTallyRecord r = id == null ? null : tx.selectFrom(CHECK_TALLY)
                .where(CHECK_TALLY.ID.eq(id).and(CHECK_TALLY.DELETED_AT.isNull())).forUpdate().fetchOne();
        if (r == null) {
            throw new VigiaException("checkpoint.error.tallyNotFound");
        }
        if (r.getVersion() != version) {
            throw new ConflictException(r.getPersonsScreened() + "/" + r.getDocumentsChecked());
        }
        return r;
    }

    private static CheckTally normalise(CheckTally t) {
        return new CheckTally(t.id(), t.version(), t.controlId(), t.personsScreened(), t.documentsChecked(), t.hits(),
                CheckRecords.blankToNull(t.note()), t.recordedAt());
    }

    static void validate(CheckTally t) {
        Checks c = new Checks();
        count(c, "personsScreened", t.personsScreened());
        count(c, "documentsChecked", t.documentsChecked());
        count(c, "hits", t.hits());
        if (c.ok("personsScreened") && c.ok("documentsChecked")) {
            if (t.personsScreened() + t.documentsChecked() == 0) {
                c.add("personsScreened", "checkpoint.error.tallyEmpty");
            } else if (c.ok("hits") && t.hits() > t.personsScreened() + t.documentsChecked()) {
                c.add("hits", "checkpoint.error.tallyHits");
            }
        }
        c.optionalText("note", t.note(), CheckpointLimits.TALLY_NOTE);
        c.throwIfAny();
    }

    private static void count(Checks c, String field, int n) {
        if (n < 0 || n > CheckpointLimits.MAX_TALLY) {
            c.add(field, "validation.range", 0, CheckpointLimits.MAX_TALLY);
        }
    }

    private static void fill(CheckTallyRecord r, CheckTally t) {
        r.setPersonsScreened(t.personsScreened());
        r.setDocumentsChecked(t.documentsChecked());
        r.setHits(t.hits());
        r.setNote(t.note());
    }

    static CheckTally toModel(CheckTallyRecord r) {
        return new CheckTally(r.getId(), r.getVersion(), r.getControlId(), r.getPersonsScreened(),
                r.getDocumentsChecked(), r.getHits(), r.getNote(), r.getCreatedAt().toInstant());
    }
}
