package org.vigia.service.evidence;

import static org.vigia.db.schema.Tables.EVIDENCE_FILE;
import static org.vigia.db.schema.Tables.SEIZURE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.vigia.db.schema.tables.records.EvidenceFileRecord;
import org.vigia.model.EvidenceFile;
import org.vigia.model.FileIntegrity;
import org.vigia.model.Limits;
import org.vigia.model.Permission;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/** Evidence files of seizures (behind {@link SeizureService}): attach, export, verify, remove. */
final class EvidenceFiles {
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;

    EvidenceFiles(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    EvidenceFile attach(UUID seizureId, Path source) {
        access.require(Permission.CASE_WRITE);
        long size;
        String mediaType;
        try {
            size = Files.size(source);
            mediaType = Files.probeContentType(source);
        } catch (IOException e) {
            throw new VigiaException("error.evidence.read", e);
        }
        if (size > Limits.EVIDENCE_FILE_BYTES) {
            throw new VigiaException("error.evidence.tooLarge", Limits.EVIDENCE_FILE_BYTES / (1024 * 1024));
        }
        Path name = source.getFileName();
        try (InputStream in = Files.newInputStream(source)) {
            return attach(seizureId, name == null ? "" : name.toString(), mediaType, in);
        } catch (IOException e) {
            throw new VigiaException("error.evidence.read", e);
        }
    }

    EvidenceFile attach(UUID seizureId, String fileName, String mediaType, InputStream content) {
        access.require(Permission.CASE_WRITE);
        String name = SeizureRecords.strip(fileName);
        String type = SeizureRecords.blankToNull(mediaType);
        SeizureValidation.file(name, type);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var seizure = SeizureService.liveSeizure(tx, seizureId, true);
            SeizureService.requireLiveCase(tx, seizure.getCaseId());
            UUID id = Ids.next();
            EvidenceFileRecord r = tx.newRecord(EVIDENCE_FILE);
            RowStamps.created(r, id, ctx);
            r.setSeizureId(seizureId);
            r.setFileName(name);
            r.setMediaType(type);
            EvidenceStore.insert(tx, r, content);
            audit.append(tx, "EVIDENCE_ATTACH", "evidence", id, "evidence file " + id + " attached to seizure "
                    + seizureId + ": " + r.getSizeBytes() + " bytes, SHA-256 " + r.getSha256());
            return metadata(tx, id).withMatches(FileIntegrity.MATCHES);
        });
    }

    /** Re-hashes the stored content of a file and compares it with the hash recorded on attach. */
    EvidenceFile verify(UUID fileId) {
        access.require(Permission.CASE_READ);
        return ctx.dsl().transactionResult(cfg -> {
            EvidenceFile f = metadata(cfg.dsl(), fileId);
            return f.withMatches(f.sha256().equals(EvidenceStore.rehash(cfg.dsl(), fileId))
                    ? FileIntegrity.MATCHES : FileIntegrity.ALTERED);
        });
    }

    /** Verifies every live file of the live seizures of a case. */
    Map<UUID, FileIntegrity> verifyCase(UUID caseId) {
        access.require(Permission.CASE_READ);
        List<UUID> ids = ctx.dsl().select(EVIDENCE_FILE.ID).from(EVIDENCE_FILE).join(SEIZURE)
                .on(SEIZURE.ID.eq(EVIDENCE_FILE.SEIZURE_ID))
                .where(SEIZURE.CASE_ID.eq(caseId).and(SEIZURE.DELETED_AT.isNull())
                        .and(EVIDENCE_FILE.DELETED_AT.isNull()))
                .orderBy(EVIDENCE_FILE.ID).fetch(EVIDENCE_FILE.ID);
        Map<UUID, FileIntegrity> states = new LinkedHashMap<>();
        for (UUID id : ids) {
            states.put(id, verify(id).matches());
        }
        return states;
    }

    /**
     * Writes a copy of the stored content to {@code target} (the place a person chose) and says
     * whether the copy has the recorded SHA-256. A copy that fails half-way is deleted.
     */
    FileIntegrity export(UUID fileId, Path target) {
        access.require(Permission.CASE_READ);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            EvidenceFile f = metadata(tx, fileId);
            String hash;
            try (OutputStream out = Files.newOutputStream(target)) {
                hash = EvidenceStore.copyOut(tx, fileId, out);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(target);
                if (e instanceof VigiaException v) {
                    throw v;
                }
                throw new VigiaException("error.evidence.write", e);
            }
            audit.append(tx, "EVIDENCE_EXPORT", "evidence", fileId, "evidence file " + fileId + " copied out");
            return f.sha256().equals(hash) ? FileIntegrity.MATCHES : FileIntegrity.ALTERED;
        });
    }

    /** Removes a file (a tombstone: the row and its content stay, marked deleted). */
    void remove(UUID fileId) {
        access.require(Permission.CASE_WRITE);
        ctx.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            EvidenceFile f = metadata(tx, fileId);
            var seizure = SeizureService.liveSeizure(tx, f.seizureId(), true);
            SeizureService.requireLiveCase(tx, seizure.getCaseId());
            int n = tx.update(EVIDENCE_FILE).set(EVIDENCE_FILE.DELETED_AT, ctx.nowUtc())
                    .set(EVIDENCE_FILE.VERSION, EVIDENCE_FILE.VERSION.plus(1))
                    .set(EVIDENCE_FILE.UPDATED_AT, ctx.nowUtc()).set(EVIDENCE_FILE.UPDATED_BY, ctx.user())
                    .where(EVIDENCE_FILE.ID.eq(fileId).and(EVIDENCE_FILE.DELETED_AT.isNull())).execute();
            if (n != 1) {
                throw new VigiaException("error.evidence.notFound");
            }
            audit.append(tx, "EVIDENCE_REMOVE", "evidence", fileId,
                    "evidence file " + fileId + " of seizure " + f.seizureId() + " removed");
        });
    }

    /** The live files of a seizure (metadata only, unchecked), in the order attached. */
    static List<EvidenceFile> metadataOf(DSLContext dsl, UUID seizureId) {
        return dsl.select(EvidenceStore.metadata()).from(EVIDENCE_FILE)
                .where(EVIDENCE_FILE.SEIZURE_ID.eq(seizureId).and(EVIDENCE_FILE.DELETED_AT.isNull()))
                .orderBy(EVIDENCE_FILE.CREATED_AT, EVIDENCE_FILE.ID).fetch(EvidenceFiles::toModel);
    }

    private static EvidenceFile metadata(DSLContext dsl, UUID fileId) {
        Record r = dsl.select(EvidenceStore.metadata()).from(EVIDENCE_FILE)
                .where(EVIDENCE_FILE.ID.eq(fileId).and(EVIDENCE_FILE.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            throw new VigiaException("error.evidence.notFound");
        }
        return toModel(r);
    }

    private static EvidenceFile toModel(Record r) {
        return new EvidenceFile(r.get(EVIDENCE_FILE.ID), r.get(EVIDENCE_FILE.SEIZURE_ID), r.get(EVIDENCE_FILE.FILE_NAME),
                r.get(EVIDENCE_FILE.MEDIA_TYPE), r.get(EVIDENCE_FILE.SIZE_BYTES), r.get(EVIDENCE_FILE.SHA256),
                r.get(EVIDENCE_FILE.CREATED_AT).toInstant(), r.get(EVIDENCE_FILE.CREATED_BY), FileIntegrity.UNCHECKED);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more to do: the error that caused this is reported
        }
    }
}
