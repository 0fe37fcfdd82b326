package org.vigia.service.roles;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.JOURNEY_LEG;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.vigia.db.schema.tables.records.JourneyLegRecord;
import org.vigia.model.ConflictException;
import org.vigia.model.Conveyance;
import org.vigia.model.FieldError;
import org.vigia.model.JourneyEventType;
import org.vigia.model.JourneyLeg;
import org.vigia.model.Permission;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * The journey of a person in a case: legs typed Recruitment, Transit or Exploitation, listed by
 * date (undated last), then by their sequence number. Only a person with a role in the case has
 * a journey there.
 */
public final class JourneyService {
    static final String ENTITY = "journey_leg";
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;

    public JourneyService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    /** The live legs of a person's journey in a case, in order. */
    public List<JourneyLeg> legs(UUID caseId, UUID personId) {
        access.require(Permission.CASE_READ);
        return ctx.dsl().selectFrom(JOURNEY_LEG)
                .where(JOURNEY_LEG.CASE_ID.eq(caseId).and(JOURNEY_LEG.PERSON_ID.eq(personId))
                        .and(JOURNEY_LEG.DELETED_AT.isNull()))
                .orderBy(JOURNEY_LEG.LEG_DATE.asc().nullsLast(), JOURNEY_LEG.SEQ_NO, JOURNEY_LEG.ID)
                .fetch(JourneyService::toModel);
    }

    /** Adds a leg; with sequence 0 it goes after the person's other legs of the case. */
    public JourneyLeg add(JourneyLeg draft) {
        access.require(Permission.CASE_WRITE);
        JourneyLeg clean = JourneyValidation.normalise(draft);
        JourneyValidation.validate(clean, ctx.clock());
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            requireCaseAndLink(tx, clean.caseId(), clean.personId());
            int sequence = clean.sequence();
            if (sequence == 0) {
                Integer last = tx.select(DSL.max(JOURNEY_LEG.SEQ_NO)).from(JOURNEY_LEG)
                        .where(JOURNEY_LEG.CASE_ID.eq(clean.caseId()).and(JOURNEY_LEG.PERSON_ID.eq(clean.personId()))
                                .and(JOURNEY_LEG.DELETED_AT.isNull()))
                        .fetchOne(0, Integer.class);
                sequence = last == null ? 1 : last + 1;
            }
            UUID id = Ids.next();
            JourneyLegRecord r = tx.newRecord(JOURNEY_LEG);
            RowStamps.created(r, id, ctx);
            r.setCaseId(clean.caseId());
            r.setPersonId(clean.personId());
            fill(r, clean);
            r.setSeqNo(sequence);
            r.insert();
            audit.append(tx, "JOURNEY_LEG_ADD", ENTITY, id, "journey_leg " + id + " added: person "
                    + clean.personId() + " in case " + clean.caseId() + ", " + clean.type().name());
            return toModel(r);
        });
    }

    /**
     * Saves a leg's fields (not its case or person); sequence 0 keeps the one stored. Refused if
     * the leg changed since {@code edited.version()}.
     */
    public JourneyLeg update(JourneyLeg edited) {
        access.require(Permission.CASE_WRITE);
        JourneyLeg clean = JourneyValidation.normalise(edited);
        JourneyValidation.validate(clean, ctx.clock());
        return write(clean.id(), clean.version(), "JOURNEY_LEG_UPDATE", (tx, r) -> {
            if (!r.getCaseId().equals(clean.caseId()) || !r.getPersonId().equals(clean.personId())) {
                throw new ValidationException(List.of(FieldError.of("personId", "error.journey.fixed")));
            }
            int sequence = clean.sequence() == 0 ? r.getSeqNo() : clean.sequence();
            fill(r, clean);
            r.setSeqNo(sequence);
            return "journey_leg " + r.getId() + " changed";
        });
    }

    /** Removes a leg (a tombstone). */
    public void remove(UUID legId, int version) {
        access.require(Permission.CASE_WRITE);
        write(legId, version, "JOURNEY_LEG_REMOVE", (tx, r) -> {
            r.setDeletedAt(ctx.nowUtc());
            return "journey_leg " + r.getId() + " removed";
        });
    }

    private interface Change {
        String apply(DSLContext tx, JourneyLegRecord r);
    }

    private JourneyLeg write(UUID id, int version, String action, Change change) {
        if (id == null) {
            throw new VigiaException("error.journey.notFound");
        }
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            JourneyLegRecord r = tx.selectFrom(JOURNEY_LEG)
                    .where(JOURNEY_LEG.ID.eq(id).and(JOURNEY_LEG.DELETED_AT.isNull())).forUpdate().fetchOne();
            if (r == null) {
                throw new VigiaException("error.journey.notFound");
            }
            String caseNumber = tx.select(CASE_FILE.CASE_NUMBER).from(CASE_FILE)
                    .where(CASE_FILE.ID.eq(r.getCaseId()).and(CASE_FILE.DELETED_AT.isNull()))
                    .fetchOne(CASE_FILE.CASE_NUMBER);
            if (caseNumber == null) {
                throw new VigiaException("error.case.notFound");
            }
            if (r.getVersion() != version) {
                throw new ConflictException(caseNumber);
            }
            String summary = change.apply(tx, r);
            RowStamps.changed(r, version, ctx);
            r.store();
            audit.append(tx, action, ENTITY, id, summary);
            return toModel(r);
        });
    }

    private static void requireCaseAndLink(DSLContext tx, java.util.UUID caseId, java.util.UUID personId) {
        if (!tx.fetchExists(CASE_FILE, CASE_FILE.ID.eq(caseId).and(CASE_FILE.DELETED_AT.isNull()))) {
            throw new ValidationException(List.of(FieldError.of("caseId", "error.role.noCase")));
        }
        if (!tx.fetchExists(CASE_ROLE, CASE_ROLE.CASE_ID.eq(caseId).and(CASE_ROLE.PERSON_ID.eq(personId))
                .and(CASE_ROLE.DELETED_AT.isNull()))) {
            throw new ValidationException(List.of(FieldError.of("personId", "error.journey.personNotInCase")));
        }
    }

    private static void fill(JourneyLegRecord r, JourneyLeg l) {
        r.setEventType(l.type().name());
        r.setCountry(l.country());
        r.setPlace(l.place());
        r.setLegDate(l.date());
        r.setConveyance(RoleRecords.name(l.conveyance()));
        r.setNotes(l.notes());
    }

    private static JourneyLeg toModel(JourneyLegRecord r) {
        return new JourneyLeg(r.getId(), r.getVersion(), r.getCaseId(), r.getPersonId(),
                JourneyEventType.valueOf(r.getEventType()), r.getCountry(), r.getPlace(), r.getLegDate(),
                RoleRecords.code(Conveyance.class, r.getConveyance()), r.getNotes(), r.getSeqNo(),
                r.getUpdatedAt().toInstant(), r.getUpdatedBy());
    }
}
