package org.vigia.service.roles;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.CASE_ROLE_RECLASSIFICATION;
import static org.vigia.db.schema.Tables.JOURNEY_LEG;
import static org.vigia.db.schema.Tables.PERSON;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.CaseRoleRecord;
import org.vigia.model.CasePerson;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.ConflictException;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.FieldError;
import org.vigia.model.Permission;
import org.vigia.model.PersonCaseRole;
import org.vigia.model.Reclassification;
import org.vigia.model.RoleLink;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;
import org.vigia.service.persons.Masking;

/**
 * Persons' roles in cases: add, change and remove (tombstone) a link, reclassify a smuggled
 * migrant or a victim (keeping the history of decisions), and list a person's cases or a case's
 * people. Audit events name cases, persons and links by id only.
 */
public final class RoleService {
    static final String ENTITY = "case_role";
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;

    public RoleService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    /** Links a person to a case in a role; a victim status given starts the classification history. */
    public RoleLink add(RoleLink draft) {
        access.require(Permission.CASE_WRITE);
        RoleLink clean = RoleRecords.normalise(draft);
        RoleValidation.validate(clean, ctx.clock());
        return ctx.dsl().transactionResult(cfg -> insert(cfg.dsl(), clean));
    }

    /**
     * {@link #add(RoleLink)} inside a transaction the caller holds ({@code tx}), with the same
     * checks, rows and audit event: for a write that links a person among other rows, all or nothing.
     */
    public RoleLink addIn(DSLContext tx, RoleLink draft) {
        access.require(Permission.CASE_WRITE);
        RoleLink clean = RoleRecords.normalise(draft);
        RoleValidation.validate(clean, ctx.clock());
        return insert(tx, clean);
    }

    private RoleLink insert(DSLContext tx, RoleLink clean) {
        String caseNumber = liveCaseNumber(tx, clean.caseId());
        boolean personLive = tx.fetchExists(PERSON, PERSON.ID.eq(clean.personId()).and(PERSON.DELETED_AT.isNull()));
        if (caseNumber == null || !personLive) {
            throw new ValidationException(caseNumber == null
                    ? List.of(FieldError.of("caseId", "error.role.noCase"))
                    : List.of(FieldError.of("personId", "error.role.noPerson")));
        }
        refuseDuplicate(tx, clean.caseId(), clean.personId(), clean.role(), null);
        UUID id = Ids.next();
        CaseRoleRecord r = tx.newRecord(CASE_ROLE);
        RowStamps.created(r, id, ctx);
        r.setCaseId(clean.caseId());
        r.setPersonId(clean.personId());
        RoleRecords.fill(r, clean);
        r.insert();
        Classification first = clean.classification();
        if (first != null && first.status() != null) {
            appendHistory(tx, id, null, first, clean.victim().decidedBy(), clean.victim().decidedOn(), null);
        }
        audit.append(tx, "CASE_ROLE_ADD", ENTITY, id, "case_role " + id + " added: person " + clean.personId()
                + " as " + clean.role().name() + " in case " + clean.caseId()
                + (first == null ? "" : " (" + first.name() + ")"));
        return RoleQueries.read(tx, id);
    }

    /**
     * Saves the fields of a link; refused if it changed since {@code edited.version()}. The case,
     * the person, the role and the trafficking status do not change here (a classification
     * changes through {@link #reclassify}).
     */
    public RoleLink update(RoleLink edited) {
        access.require(Permission.CASE_WRITE);
        RoleLink clean = RoleRecords.normalise(edited);
        RoleValidation.validate(clean, ctx.clock());
        return write(clean.id(), clean.version(), "CASE_ROLE_UPDATE", (tx, r) -> {
            if (!r.getCaseId().equals(clean.caseId()) || !r.getPersonId().equals(clean.personId())
                    || !r.getRole().equals(clean.role().name())) {
                throw new ValidationException(List.of(FieldError.of("role", "error.role.fixed")));
            }
            String status = clean.victim() == null ? null : RoleRecords.name(clean.victim().status());
            if (!java.util.Objects.equals(status, r.getTraffickingStatus())) {
                throw new ValidationException(List.of(FieldError.of("traffickingStatus", "error.role.useReclassify")));
            }
            RoleRecords.fill(r, clean);
            return "case_role " + r.getId() + " changed";
        });
    }

    /** Removes a link (a tombstone); the person's journey in the case goes with their last link. */
    public void remove(UUID linkId, int version) {
        access.require(Permission.CASE_WRITE);
        write(linkId, version, "CASE_ROLE_REMOVE", (tx, r) -> {
            r.setDeletedAt(ctx.nowUtc());
            boolean last = !tx.fetchExists(CASE_ROLE, CASE_ROLE.CASE_ID.eq(r.getCaseId())
                    .and(CASE_ROLE.PERSON_ID.eq(r.getPersonId())).and(CASE_ROLE.DELETED_AT.isNull())
                    .and(CASE_ROLE.ID.ne(r.getId())));
            int legs = 0;
            if (last) {
                legs = tx.update(JOURNEY_LEG).set(JOURNEY_LEG.DELETED_AT, ctx.nowUtc())
                        .set(JOURNEY_LEG.VERSION, JOURNEY_LEG.VERSION.plus(1))
                        .set(JOURNEY_LEG.UPDATED_AT, ctx.nowUtc()).set(JOURNEY_LEG.UPDATED_BY, ctx.user())
                        .where(JOURNEY_LEG.CASE_ID.eq(r.getCaseId()).and(JOURNEY_LEG.PERSON_ID.eq(r.getPersonId()))
                                .and(JOURNEY_LEG.DELETED_AT.isNull()))
                        .execute();
            }
            return "case_role " + r.getId() + " removed" + (legs == 0 ? "" : ", journey legs removed: " + legs);
        });
    }

    /**
     * Changes the classification of a smuggled migrant or victim link (e.g. SMUGGLED_MIGRANT to
     * POSSIBLE_VICTIM, POSSIBLE_VICTIM to ACTUAL_VICTIM, or back) and appends the decision to its
     * history. A reason is required. Refused if the link changed since {@code expectedVersion}.
     */
    public RoleLink reclassify(UUID linkId, int expectedVersion, Classification newClassification,
                               DecidingOrganization decidedBy, LocalDate decidedOn, String reason) {
        access.require(Permission.CASE_WRITE);
        RoleValidation.reclassification(newClassification, decidedBy, decidedOn, reason, ctx.clock());
        String why = reason.stripTrailing();
        return write(linkId, expectedVersion, "CASE_ROLE_RECLASSIFY", (tx, r) -> {
            CaseRole role = CaseRole.valueOf(r.getRole());
            if (role != CaseRole.SMUGGLED_MIGRANT && role != CaseRole.VICTIM) {
                throw new ValidationException(List.of(FieldError.of("classification", "error.role.notReclassifiable")));
            }
            Classification from = RoleRecords.toModel(r, null).classification();
            if (from == newClassification) {
                throw new ValidationException(List.of(FieldError.of("classification", "error.role.sameClassification")));
            }
            if (newClassification.role() != role) {
                refuseDuplicate(tx, r.getCaseId(), r.getPersonId(), newClassification.role(), r.getId());
            }
            r.setRole(newClassification.role().name());
            r.setTraffickingStatus(RoleRecords.name(newClassification.status()));
            boolean victim = newClassification.status() != null;
            r.setStatusDecidedBy(victim ? decidedBy.name() : null);
            r.setStatusDecidedOn(victim ? decidedOn : null);
            appendHistory(tx, r.getId(), from, newClassification, decidedBy, decidedOn, why);
            return "case_role " + r.getId() + " reclassified " + (from == null ? "-" : from.name()) + " -> "
                    + newClassification.name() + " by " + decidedBy.name();
        });
    }

    /** The classification decisions of a link, oldest first. */
    public List<Reclassification> history(UUID linkId) {
        access.require(Permission.CASE_READ);
        return RoleQueries.history(ctx.dsl(), linkId);
    }

    public RoleLink get(UUID linkId) {
        access.require(Permission.CASE_READ);
        return RoleQueries.read(ctx.dsl(), linkId);
    }

    /** Every case the person has a role in, with the role: newest case first. */
    public List<PersonCaseRole> rolesOfPerson(UUID personId) {
        access.require(Permission.CASE_READ);
        return RoleQueries.ofPerson(ctx.dsl(), personId);
    }

    /**
     * The people of a case with their roles (a person with two roles is listed twice): by role,
     * then name. Victims hidden from the signed-in account show as their pseudonym.
     */
    public List<CasePerson> rolesInCase(UUID caseId) {
        access.require(Permission.CASE_READ);
        return RoleQueries.inCase(ctx.dsl(), caseId, LocalDate.now(ctx.clock()),
                ids -> Masking.masked(ctx.dsl(), ctx, ids));
    }

    /** Whether the signed-in account may (screens use it to hide what would be refused). */
    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    private interface Change {
        String apply(DSLContext tx, CaseRoleRecord r);
    }

    private RoleLink write(UUID id, int version, String action, Change change) {
        if (id == null) {
            throw new VigiaException("error.role.notFound");
        }
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            CaseRoleRecord r = tx.selectFrom(CASE_ROLE).where(CASE_ROLE.ID.eq(id).and(CASE_ROLE.DELETED_AT.isNull()))
                    .forUpdate().fetchOne();
            if (r == null) {
                throw new VigiaException("error.role.notFound");
            }
            String caseNumber = liveCaseNumber(tx, r.getCaseId());
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
            return r.getDeletedAt() == null ? RoleQueries.read(tx, id) : null;
        });
    }

    /** The case's number when it exists and is live, locked: the links of one case are written one at a time. */
    private static String liveCaseNumber(DSLContext tx, UUID caseId) {
        return tx.select(CASE_FILE.CASE_NUMBER).from(CASE_FILE)
                .where(CASE_FILE.ID.eq(caseId).and(CASE_FILE.DELETED_AT.isNull())).forUpdate()
                .fetchOne(CASE_FILE.CASE_NUMBER);
    }

    private static void refuseDuplicate(DSLContext tx, UUID caseId, UUID personId, CaseRole role, UUID except) {
        var same = CASE_ROLE.CASE_ID.eq(caseId).and(CASE_ROLE.PERSON_ID.eq(personId))
                .and(CASE_ROLE.ROLE.eq(role.name())).and(CASE_ROLE.DELETED_AT.isNull());
        if (except != null) {
            same = same.and(CASE_ROLE.ID.ne(except));
        }
        if (tx.fetchExists(CASE_ROLE, same)) {
            throw new ValidationException(List.of(FieldError.of("role", "error.role.duplicate")));
        }
    }

    void appendHistory(DSLContext tx, UUID linkId, Classification from, Classification to,
                               DecidingOrganization by, LocalDate on, String reason) {
        var h = CASE_ROLE_RECLASSIFICATION;
        Integer last = tx.select(org.jooq.impl.DSL.max(h.SEQ_NO)).from(h).where(h.CASE_ROLE_ID.eq(linkId))
                .fetchOne(0, Integer.class);
        var r = tx.newRecord(h);
        RowStamps.created(r, Ids.next(), ctx);
        r.setCaseRoleId(linkId);
        r.setSeqNo(last == null ? 1 : last + 1);
        r.setFromRole(from == null ? null : from.role().name());
        r.setFromStatus(from == null ? null : RoleRecords.name(from.status()));
        r.setToRole(to.role().name());
        r.setToStatus(RoleRecords.name(to.status()));
        r.setDecidedBy(RoleRecords.name(by));
        r.setDecidedOn(on);
        r.setReason(reason);
        r.insert();
    }

    /** The people file of the CSV import (persons with their roles), for one run of the import service. */
    public org.vigia.service.imports.ImportKind<?> importKind() {
        access.require(Permission.CASE_WRITE);
        return new PeopleImport(ctx, audit, new PeopleLinks(ctx, audit, this));
    }
}
