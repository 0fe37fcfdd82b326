package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.OPERATION;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.CaseFileRecord;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseStatus;
import org.vigia.model.CaseSummary;
import org.vigia.model.ConflictException;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.audit.AuditService;

/**
 * The case register: create, edit, close, reopen, delete (tombstone) and the paged list.
 * Every write checks the version read (optimistic locking) and appends its audit event in the
 * same transaction.
 */
public final class CaseService {
    private final ServiceContext ctx;
    private final AuditService audit;
    private final org.vigia.service.access.Access access;
    private final CaseNumbers numbers;
    private final CaseQueries queries;

    public CaseService(ServiceContext ctx, AuditService audit) {
        this(ctx, audit, -1);
    }

    /**
     * {@code rangeBudget}: how many search-table entries a page of a word or an offence may read
     * before it walks the sort index instead (-1: the cost model decides; 0: always walk). Tests
     * use it to force each path.
     */
    CaseService(ServiceContext ctx, AuditService audit, long rangeBudget) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
        this.numbers = new CaseNumbers(ctx);
        this.queries = new CaseQueries(ctx, rangeBudget);
    }

    public List<CaseSummary> page(CaseQuery query, int offset, int limit) {
        access.require(org.vigia.model.Permission.CASE_READ);
        return queries.page(query, offset, limit);
    }

    /** Every match, in order, at most {@code max} (exports and the command line). */
    public void each(CaseQuery query, long max, java.util.function.Consumer<CaseSummary> action) {
        access.require(org.vigia.model.Permission.CASE_READ);
        queries.each(query, max, action);
    }

    public long count(CaseQuery query) {
        access.require(org.vigia.model.Permission.CASE_READ);
        return queries.count(query);
    }

    public CaseFile get(UUID id) {
        access.require(org.vigia.model.Permission.CASE_READ);
        return ctx.dsl().selectFrom(CASE_FILE)
                .where(CASE_FILE.ID.eq(id).and(CASE_FILE.DELETED_AT.isNull()))
                .fetchOptional(CaseRecords::toModel)
                .orElseThrow(() -> new VigiaException("error.case.notFound"));
    }

    /** Whether this office already used the number (deleted cases keep theirs). */
    public boolean numberTaken(String number) {
        access.require(org.vigia.model.Permission.CASE_READ);
        return ctx.dsl().fetchExists(CASE_FILE, CASE_FILE.SITE_ID.eq(ctx.siteId())
                .and(CASE_FILE.CASE_NUMBER_NORM.eq(CaseRecords.numberKey(number))));
    }

    /** The live case of this office with {@code number}, if any. */
    public java.util.Optional<CaseFile> byNumber(String number) {
        access.require(org.vigia.model.Permission.CASE_READ);
        return ctx.dsl().selectFrom(CASE_FILE).where(CASE_FILE.SITE_ID.eq(ctx.siteId())
                .and(CASE_FILE.CASE_NUMBER_NORM.eq(CaseRecords.numberKey(number))).and(CASE_FILE.DELETED_AT.isNull()))
                .fetchOptional(CaseRecords::toModel);
    }

    /** The number the next generated case would get (not reserved). */
    public String suggestNumber() {
        access.require(org.vigia.model.Permission.CASE_READ);
        return numbers.preview();
    }

    /** Saves a new case; a blank number is generated from the office's pattern. */
    public CaseFile create(CaseFile draft) {
        access.require(org.vigia.model.Permission.CASE_WRITE);
        CaseFile clean = CaseRecords.normalise(draft);
        CaseValidation.validate(clean, true, ctx.clock());
        return ctx.dsl().transactionResult(cfg -> insert(cfg.dsl(), clean));
    }

    /**
     * {@link #create(CaseFile)} inside a transaction the caller holds ({@code tx}), with the same
     * checks, rows and audit event: for a write that creates a case among other rows, all or nothing.
     */
    public CaseFile createIn(DSLContext tx, CaseFile draft) {
        access.require(org.vigia.model.Permission.CASE_WRITE);
        CaseFile clean = CaseRecords.normalise(draft);
        CaseValidation.validate(clean, true, ctx.clock());
        return insert(tx, clean);
    }

    private CaseFile insert(DSLContext tx, CaseFile clean) {
        String number = clean.number() == null || clean.number().isBlank()
                ? numbers.allocate(tx) : clean.number();
        CaseValidation.checkReferences(tx, clean, number, null, ctx.siteId());
        numbers.noteUsed(tx, number);
        UUID id = Ids.next();
        CaseFileRecord r = tx.newRecord(CASE_FILE);
        CaseRecords.fill(r, clean, number);
        RowStamps.created(r, id, ctx);
        r.insert();
        CaseSearchIndex.write(tx, r);
        CaseCounts.add(tx, r, 1);
        audit.append(tx, "CASE_CREATE", "case", id, "case " + number + " created");
        return CaseRecords.toModel(r);
    }

    /** Saves changes to a case; refused if someone changed it since {@code edited.version()}. */
    public CaseFile update(CaseFile edited) {
        access.require(org.vigia.model.Permission.CASE_WRITE);
        CaseFile clean = CaseRecords.normalise(edited);
        CaseValidation.validate(clean, false, ctx.clock());
        requireCloseRightFor(clean);
        return write(clean, "CASE_UPDATE", (tx, r) -> {
            CaseValidation.checkReferences(tx, clean, clean.number(), clean.id(), r.getSiteId());
            numbers.noteUsed(tx, clean.number());
            CaseRecords.fill(r, clean, clean.number());
            return "case " + clean.number() + " changed";
        });
    }

    /** Changing a case between open and closed through an edit needs the right to close. */
    private void requireCloseRightFor(CaseFile clean) {
        String before = ctx.dsl().select(CASE_FILE.STATUS).from(CASE_FILE).where(CASE_FILE.ID.eq(clean.id()))
                .fetchOne(CASE_FILE.STATUS);
        if (before != null && clean.status() != null
                && CaseStatus.valueOf(before).isClosed() != clean.status().isClosed()) {
            access.require(org.vigia.model.Permission.CASE_CLOSE);
        }
    }

    /** Closes a case with a closed status ({@code Closed} or {@code ClosedReferred}). */
    public CaseFile close(UUID id, int version, CaseStatus closedStatus) {
        access.require(org.vigia.model.Permission.CASE_CLOSE);
        if (closedStatus == null || !closedStatus.isClosed()) {
            throw new VigiaException("error.case.closeStatus");
        }
        return write(stub(id, version), "CASE_CLOSE", (tx, r) -> {
            if (CaseStatus.valueOf(r.getStatus()).isClosed()) {
                throw new VigiaException("error.case.alreadyClosed", r.getCaseNumber());
            }
            r.setStatus(closedStatus.name());
            return "case " + r.getCaseNumber() + " closed as " + closedStatus.name();
        });
    }

    /** Reopens a closed case as Active. */
    public CaseFile reopen(UUID id, int version) {
        access.require(org.vigia.model.Permission.CASE_CLOSE);
        return write(stub(id, version), "CASE_REOPEN", (tx, r) -> {
            if (!CaseStatus.valueOf(r.getStatus()).isClosed()) {
                throw new VigiaException("error.case.notClosed", r.getCaseNumber());
            }
            r.setStatus(CaseStatus.Active.name());
            return "case " + r.getCaseNumber() + " reopened";
        });
    }

    /** Deletes a case as a tombstone (it travels to HQ as a deletion; its number stays reserved). */
    public void delete(UUID id, int version) {
        access.require(org.vigia.model.Permission.CASE_WRITE);
        write(stub(id, version), "CASE_DELETE", (tx, r) -> {
            r.setDeletedAt(ctx.nowUtc());
            CaseSearchIndex.clear(tx, r.getId());
            return "case " + r.getCaseNumber() + " deleted";
        });
    }

    private static CaseFile stub(UUID id, int version) {
        return new CaseFile(id, version, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private interface Change {
        String apply(DSLContext tx, CaseFileRecord r);
    }

    private CaseFile write(CaseFile target, String action, Change change) {
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            CaseFileRecord r = tx.selectFrom(CASE_FILE)
                    .where(CASE_FILE.ID.eq(target.id()).and(CASE_FILE.DELETED_AT.isNull()))
                    .forUpdate().fetchOne();
            if (r == null) {
                throw new VigiaException("error.case.notFound");
            }
            if (r.getVersion() != target.version()) {
                throw new ConflictException(r.getCaseNumber());
            }
            String oldStatus = r.getStatus();
            UUID oldOperation = r.getOperationId();
            int oldOffences = r.getOffenceMask();
            String summary = change.apply(tx, r);
            RowStamps.changed(r, target.version(), ctx);
            int n = tx.update(CASE_FILE).set(r)
                    .where(CASE_FILE.ID.eq(target.id()).and(CASE_FILE.VERSION.eq(target.version())))
                    .execute();
            if (n != 1) {
                throw new ConflictException(r.getCaseNumber());
            }
            if (r.getDeletedAt() == null) {
                CaseSearchIndex.write(tx, r); // status, words or offences may have changed
            }
            if (r.getDeletedAt() != null || !oldStatus.equals(r.getStatus())
                    || !java.util.Objects.equals(oldOperation, r.getOperationId()) || oldOffences != r.getOffenceMask()) {
                CaseCounts.add(tx, oldStatus, oldOperation, oldOffences, -1);
                if (r.getDeletedAt() == null) {
                    CaseCounts.add(tx, r, 1);
                }
            }
            audit.append(tx, action, "case", target.id(), summary);
            return CaseRecords.toModel(r);
        });
    }

    /** Operation code for display, or null. */
    public String operationCode(UUID operationId) {
        access.require(org.vigia.model.Permission.CASE_READ);
        if (operationId == null) {
            return null;
        }
        return ctx.dsl().select(OPERATION.CODE).from(OPERATION).where(OPERATION.ID.eq(operationId))
                .fetchOne(OPERATION.CODE);
    }

    /** Whether the signed-in account may (screens use it to hide what would be refused). */
    public boolean allows(org.vigia.model.Permission permission) {
        return access.allows(permission);
    }

    /** The signed-in person's full name (the default lead investigator of a new case). */
    public String actingName() {
        return ctx.account().map(org.vigia.model.Account::displayName).orElse("");
    }

    /** The cases file of the CSV import, for one run of {@link org.vigia.service.imports.ImportService}. */
    public org.vigia.service.imports.ImportKind<?> importKind() {
        access.require(org.vigia.model.Permission.CASE_WRITE);
        return new CaseImport(ctx, audit, numbers);
    }

    /** The key by which case numbers are compared (CO-BOG-2026-7 is CO-BOG-2026-00007), for lookups by number. */
    public static String numberKey(String number) {
        return CaseRecords.numberKey(number);
    }
}
