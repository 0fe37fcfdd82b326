package org.vigia.service.evidence;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CUSTODY_TRANSFER;
import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.SEIZURE;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.CustodyTransferRecord;
import org.vigia.db.schema.tables.records.SeizureRecord;
import org.vigia.model.ConflictException;
import org.vigia.model.EvidenceFile;
import org.vigia.model.FileIntegrity;
import org.vigia.model.FieldError;
import org.vigia.model.Permission;
import org.vigia.model.Seizure;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * Seizures of a case and their chain of custody: add, change (optimistic version), remove
 * (tombstone), list, record a hand-over; and their evidence files, kept inside the encrypted
 * database with the SHA-256 taken on arrival (attach, export, verify, remove). Audit summaries name seizures and cases by id, never persons or holders.
 */
public final class SeizureService {
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;
    private final EvidenceFiles files;

    public SeizureService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
        this.files = new EvidenceFiles(ctx, audit);
    }

    /** The live seizures of a live case, by date seized, each with its custody log and files (unchecked). */
    public List<Seizure> list(UUID caseId) {
        access.require(Permission.CASE_READ);
        DSLContext dsl = ctx.dsl();
        requireLiveCase(dsl, caseId);
        return dsl.selectFrom(SEIZURE).where(SEIZURE.CASE_ID.eq(caseId).and(SEIZURE.DELETED_AT.isNull()))
                .orderBy(SEIZURE.SEIZED_ON, SEIZURE.CREATED_AT, SEIZURE.ID).fetch().stream()
                .map(r -> read(dsl, r)).toList();
    }

    public Seizure get(UUID seizureId) {
        access.require(Permission.CASE_READ);
        DSLContext dsl = ctx.dsl();
        return read(dsl, liveSeizure(dsl, seizureId, false));
    }

    /** Records a new seizure of case {@code draft.caseId()}. */
    public Seizure add(Seizure draft) {
        access.require(Permission.CASE_WRITE);
        Seizure clean = SeizureRecords.normalise(draft);
        SeizureValidation.validate(clean, ctx.clock());
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            requireLiveCase(tx, clean.caseId());
            requireLivePerson(tx, clean.seizedFromPersonId());
            UUID id = Ids.next();
            SeizureRecord r = tx.newRecord(SEIZURE);
            RowStamps.created(r, id, ctx);
            r.setCaseId(clean.caseId());
            SeizureRecords.fill(r, clean);
            r.insert();
            audit.append(tx, "SEIZURE_ADD", "seizure", id,
                    "seizure " + id + " (" + clean.type().name() + ") added to case " + clean.caseId());
            return read(tx, r);
        });
    }

    /** Saves changes; refused if someone changed the seizure since {@code edited.version()}. */
    public Seizure update(Seizure edited) {
        access.require(Permission.CASE_WRITE);
        Seizure clean = SeizureRecords.normalise(edited);
        SeizureValidation.validate(clean, ctx.clock());
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            SeizureRecord r = lockForWrite(tx, clean.id(), clean.version());
            requireLivePerson(tx, clean.seizedFromPersonId());
            LocalDate firstTransfer = tx.select(CUSTODY_TRANSFER.TRANSFERRED_ON).from(CUSTODY_TRANSFER)
                    .where(CUSTODY_TRANSFER.SEIZURE_ID.eq(r.getId()).and(CUSTODY_TRANSFER.DELETED_AT.isNull()))
                    .orderBy(CUSTODY_TRANSFER.SEQ).limit(1).fetchOne(CUSTODY_TRANSFER.TRANSFERRED_ON);
            if (firstTransfer != null && clean.seizedOn().isAfter(firstTransfer)) {
                throw new ValidationException(List.of(
                        FieldError.of("seizedOn", "error.seizure.afterTransfer", firstTransfer)));
            }
            SeizureRecords.fill(r, clean);
            RowStamps.changed(r, clean.version(), ctx);
            r.store();
            audit.append(tx, "SEIZURE_UPDATE", "seizure", r.getId(), "seizure " + r.getId() + " changed");
            return read(tx, r);
        });
    }

    /** Removes a seizure (a tombstone; its custody log and files stay with it). */
    public void remove(UUID seizureId, int version) {
        access.require(Permission.CASE_WRITE);
        ctx.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            SeizureRecord r = lockForWrite(tx, seizureId, version);
            r.setDeletedAt(ctx.nowUtc());
            RowStamps.changed(r, version, ctx);
            r.store();
            audit.append(tx, "SEIZURE_REMOVE", "seizure", seizureId,
                    "seizure " + seizureId + " of case " + r.getCaseId() + " removed");
        });
    }

    /**
     * Records a hand-over: {@code holder} has the seizure from {@code on} (not before the seizure
     * or the previous hand-over, not in the future). Returns the seizure with its custody log.
     */
    public Seizure addTransfer(UUID seizureId, String holder, LocalDate on, String purpose) {
        access.require(Permission.CASE_WRITE);
        String cleanHolder = SeizureRecords.strip(holder);
        String cleanPurpose = SeizureRecords.blankToNull(purpose);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            SeizureRecord s = liveSeizure(tx, seizureId, true);
            requireLiveCase(tx, s.getCaseId());
            CustodyTransferRecord last = tx.selectFrom(CUSTODY_TRANSFER)
                    .where(CUSTODY_TRANSFER.SEIZURE_ID.eq(seizureId)).orderBy(CUSTODY_TRANSFER.SEQ.desc())
                    .limit(1).fetchOne();
            SeizureValidation.transfer(cleanHolder, on, cleanPurpose, s.getSeizedOn(),
                    last == null ? null : last.getTransferredOn(), ctx.clock());
            int seq = last == null ? 1 : last.getSeq() + 1;
            CustodyTransferRecord r = tx.newRecord(CUSTODY_TRANSFER);
            RowStamps.created(r, Ids.next(), ctx);
            r.setSeizureId(seizureId);
            r.setSeq(seq);
            r.setHolder(cleanHolder);
            r.setTransferredOn(on);
            r.setPurpose(cleanPurpose);
            r.insert();
            audit.append(tx, "CUSTODY_TRANSFER", "seizure", seizureId,
                    "custody transfer " + seq + " of seizure " + seizureId + " recorded");
            return read(tx, s);
        });
    }

    /** Attaches the file at {@code source} (streamed; at most {@link org.vigia.model.Limits#EVIDENCE_FILE_BYTES}, not empty). */
    public EvidenceFile attach(UUID seizureId, Path source) {
        return files.attach(seizureId, source);
    }

    /** Attaches {@code content} (streamed and hashed as it is stored; the caller closes the stream). */
    public EvidenceFile attach(UUID seizureId, String fileName, String mediaType, InputStream content) {
        return files.attach(seizureId, fileName, mediaType, content);
    }

    /** Re-hashes the stored content: {@link FileIntegrity#MATCHES} or {@link FileIntegrity#ALTERED}. */
    public EvidenceFile verify(UUID fileId) {
        return files.verify(fileId);
    }

    /** The state of every live file of the case's live seizures, by file id. */
    public Map<UUID, FileIntegrity> verifyCase(UUID caseId) {
        return files.verifyCase(caseId);
    }

    /** Writes a copy of the stored content to {@code target}; says whether the copy matches the recorded hash. */
    public FileIntegrity export(UUID fileId, Path target) {
        return files.export(fileId, target);
    }

    /** Removes an evidence file (tombstone). */
    public void removeFile(UUID fileId) {
        files.remove(fileId);
    }

    /** Whether the signed-in account may (screens hide what would be refused). */
    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    private SeizureRecord lockForWrite(DSLContext tx, UUID id, int version) {
        SeizureRecord r = liveSeizure(tx, id, true);
        requireLiveCase(tx, r.getCaseId());
        if (r.getVersion() != version) {
            throw new ConflictException(r.getSeizureType());
        }
        return r;
    }

    /** The live seizure {@code id}, locked for update when asked. */
    static SeizureRecord liveSeizure(DSLContext dsl, UUID id, boolean lock) {
        var query = dsl.selectFrom(SEIZURE).where(SEIZURE.ID.eq(id).and(SEIZURE.DELETED_AT.isNull()));
        SeizureRecord r = lock ? query.forUpdate().fetchOne() : query.fetchOne();
        if (r == null) {
            throw new VigiaException("error.seizure.notFound");
        }
        return r;
    }

    static void requireLiveCase(DSLContext dsl, UUID caseId) {
        if (caseId == null || !dsl.fetchExists(CASE_FILE, CASE_FILE.ID.eq(caseId).and(CASE_FILE.DELETED_AT.isNull()))) {
            throw new VigiaException("error.seizure.caseNotFound");
        }
    }

    private static void requireLivePerson(DSLContext dsl, UUID personId) {
        if (personId != null && !dsl.fetchExists(PERSON, PERSON.ID.eq(personId).and(PERSON.DELETED_AT.isNull()))) {
            throw new ValidationException(List.of(FieldError.of("seizedFrom", "error.seizure.personNotFound")));
        }
    }

    private Seizure read(DSLContext dsl, SeizureRecord r) {
        var custody = dsl.selectFrom(CUSTODY_TRANSFER)
                .where(CUSTODY_TRANSFER.SEIZURE_ID.eq(r.getId()).and(CUSTODY_TRANSFER.DELETED_AT.isNull()))
                .orderBy(CUSTODY_TRANSFER.SEQ).fetch(SeizureRecords::transfer);
        return SeizureRecords.toModel(r, custody, EvidenceFiles.metadataOf(dsl, r.getId()));
    }
}
