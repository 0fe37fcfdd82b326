package org.vigia.service.persons;

import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.PERSON_DOCUMENT;
import static org.vigia.db.schema.Tables.PERSON_MERGE;
import static org.vigia.db.schema.Tables.PERSON_MERGE_MOVE;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.vigia.db.schema.tables.records.PersonMergeRecord;
import org.vigia.db.schema.tables.records.PersonRecord;
import org.vigia.model.ConflictException;
import org.vigia.model.FieldError;
import org.vigia.model.Permission;
import org.vigia.model.PersonMerge;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * Merges two records of one human being: every row that named the merged person (documents,
 * roles in cases, journeys, seizures) now names the one kept, the merged record becomes a
 * tombstone pointing at it, and each move is remembered so that the merge can be undone until
 * the next snapshot export. Audit events name the persons by id only.
 */
public final class PersonMergeService {
    public static final int REASON = 500;

    /** A column that names a person, in a table whose rows have an {@code id}. */
    public record PersonReference(Table<?> table, Field<UUID> id, Field<UUID> person) {
    }

    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;
    private final List<PersonReference> references = new ArrayList<>();

    public PersonMergeService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
        references.add(new PersonReference(PERSON_DOCUMENT, PERSON_DOCUMENT.ID, PERSON_DOCUMENT.PERSON_ID));
    }

    /** Adds a table column that names persons (the areas that link persons register theirs). */
    public PersonMergeService refersToPersons(Table<?> table, Field<UUID> id, Field<UUID> person) {
        references.add(new PersonReference(table, id, person));
        return this;
    }

    /**
     * Folds {@code mergedId} into {@code keptId}. Both must be unchanged since the versions the
     * user saw; the reason is required.
     */
    public PersonMerge merge(UUID keptId, int keptVersion, UUID mergedId, int mergedVersion, String reason) {
        access.require(Permission.CASE_WRITE);
        String why = reason == null ? "" : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if (keptId == null || keptId.equals(mergedId)) {
            errors.add(FieldError.of("mergeWith", "validation.mergeSelf"));
        }
        if (why.isEmpty()) {
            errors.add(FieldError.of("mergeReason", "validation.required"));
        } else if (why.length() > REASON) {
            errors.add(FieldError.of("mergeReason", "validation.tooLong", REASON));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            PersonRecord kept = live(tx, keptId, keptVersion);
            PersonRecord merged = live(tx, mergedId, mergedVersion);
            UUID mergeId = Ids.next();
            PersonMergeRecord m = tx.newRecord(PERSON_MERGE);
            RowStamps.created(m, mergeId, ctx);
            m.setKeptId(keptId);
            m.setMergedId(mergedId);
            m.setReason(why);
            m.setKeptVersion(kept.getVersion() + 1);
            m.insert();
            for (PersonReference ref : references) {
                List<UUID> rows = tx.select(ref.id()).from(ref.table()).where(ref.person().eq(mergedId)).fetch(ref.id());
                for (UUID row : rows) {
                    tx.insertInto(PERSON_MERGE_MOVE).set(PERSON_MERGE_MOVE.MERGE_ID, mergeId)
                            .set(PERSON_MERGE_MOVE.TABLE_NAME, ref.table().getName())
                            .set(PERSON_MERGE_MOVE.COLUMN_NAME, ref.person().getName())
                            .set(PERSON_MERGE_MOVE.ROW_ID, row).execute();
                }
                tx.update(ref.table()).set(ref.person(), keptId).where(ref.person().eq(mergedId)).execute();
            }
            RowStamps.changed(merged, merged.getVersion(), ctx);
            merged.setDeletedAt(ctx.nowUtc());
            merged.setMergedInto(keptId);
            merged.store();
            PersonService.deleteKeys(tx, mergedId);
            RowStamps.changed(kept, kept.getVersion(), ctx);
            kept.store();
            audit.append(tx, "PERSON_MERGE", "person", keptId,
                    "person " + mergedId + " merged into " + keptId + " (merge " + mergeId + ")");
            return read(tx, mergeId);
        });
    }

    /**
     * Undoes a merge: the moved rows name the merged person again and that person is live
     * again. Refused once the merge was exported, already undone, or when the kept person was
     * changed after the merge (their changes could not be split back).
     */
    public PersonMerge undo(UUID mergeId) {
        access.require(Permission.CASE_WRITE);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            PersonMergeRecord m = tx.selectFrom(PERSON_MERGE).where(PERSON_MERGE.ID.eq(mergeId)).forUpdate()
                    .fetchOptional().orElseThrow(() -> new VigiaException("error.merge.notFound"));
            if (m.getUndoneAt() != null) {
                throw new VigiaException("error.merge.alreadyUndone");
            }
            if (m.getExportedAt() != null) {
                throw new VigiaException("error.merge.exported");
            }
            PersonRecord kept = tx.selectFrom(PERSON).where(PERSON.ID.eq(m.getKeptId())).forUpdate().fetchOne();
            if (kept == null || kept.getDeletedAt() != null || kept.getVersion() != m.getKeptVersion()) {
                throw new VigiaException("error.merge.keptChanged");
            }
            PersonRecord merged = tx.selectFrom(PERSON).where(PERSON.ID.eq(m.getMergedId())).forUpdate().fetchOne();
            for (PersonReference ref : references) {
                List<UUID> rows = tx.select(PERSON_MERGE_MOVE.ROW_ID).from(PERSON_MERGE_MOVE)
                        .where(PERSON_MERGE_MOVE.MERGE_ID.eq(mergeId)
                                .and(PERSON_MERGE_MOVE.TABLE_NAME.eq(ref.table().getName()))
                                .and(PERSON_MERGE_MOVE.COLUMN_NAME.eq(ref.person().getName())))
                        .fetch(PERSON_MERGE_MOVE.ROW_ID);
                if (!rows.isEmpty()) {
                    tx.update(ref.table()).set(ref.person(), m.getMergedId()).where(ref.id().in(rows)).execute();
                }
            }
            RowStamps.changed(merged, merged.getVersion(), ctx);
            merged.setDeletedAt(null);
            merged.setMergedInto(null);
            merged.store();
            PersonService.writeKeys(tx, merged.getId(), PersonRecords.toModel(merged, List.of()));
            RowStamps.changed(kept, kept.getVersion(), ctx);
            kept.store();
            RowStamps.changed(m, m.getVersion(), ctx);
            m.setUndoneAt(ctx.nowUtc());
            m.store();
            audit.append(tx, "PERSON_UNMERGE", "person", m.getMergedId(),
                    "merge " + mergeId + " undone: person " + m.getMergedId() + " separated from " + m.getKeptId());
            return read(tx, mergeId);
        });
    }

    /** The merges into {@code keptId}, newest first (to show and undo them). */
    public List<PersonMerge> mergesInto(UUID keptId) {
        access.require(Permission.CASE_READ);
        return ctx.dsl().select(PERSON_MERGE.ID).from(PERSON_MERGE).where(PERSON_MERGE.KEPT_ID.eq(keptId))
                .orderBy(PERSON_MERGE.CREATED_AT.desc(), PERSON_MERGE.ID.desc()).fetch(PERSON_MERGE.ID)
                .stream().map(id -> read(ctx.dsl(), id)).toList();
    }

    private PersonRecord live(DSLContext tx, UUID id, int version) {
        PersonRecord r = tx.selectFrom(PERSON).where(PERSON.ID.eq(id)).forUpdate().fetchOptional()
                .filter(x -> x.getDeletedAt() == null)
                .orElseThrow(() -> new VigiaException("error.person.notFound"));
        if (r.getVersion() != version) {
            throw new ConflictException(Masking.name(id, r.getGivenNames(), r.getFamilyNames(),
                    Masking.masked(tx, ctx, id)));
        }
        return r;
    }

    /**
     * A merge with the merged person's name, their pseudonym when either of the two records is
     * a victim hidden from the signed-in account (a merge moves the victim links to the kept one).
     */
    private PersonMerge read(DSLContext dsl, UUID mergeId) {
        PersonMergeRecord m = dsl.selectFrom(PERSON_MERGE).where(PERSON_MERGE.ID.eq(mergeId)).fetchOne();
        PersonRecord merged = dsl.selectFrom(PERSON).where(PERSON.ID.eq(m.getMergedId())).fetchOne();
        boolean hidden = !Masking.masked(dsl, ctx, List.of(m.getKeptId(), m.getMergedId())).isEmpty();
        String name = Masking.name(merged.getId(), merged.getGivenNames(), merged.getFamilyNames(), hidden);
        return new PersonMerge(m.getId(), m.getKeptId(), m.getMergedId(), name, m.getReason(),
                m.getCreatedAt().toInstant(), m.getCreatedBy(),
                m.getUndoneAt() == null ? null : m.getUndoneAt().toInstant(), m.getExportedAt() != null);
    }
}
