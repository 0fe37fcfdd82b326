package org.vigia.service.checkview;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.PERSON;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.CaseStatus;
import org.vigia.model.CheckCaseDraft;
import org.vigia.model.CheckCaseRequest;
import org.vigia.model.CheckCaseResult;
import org.vigia.model.ConflictException;
import org.vigia.model.FieldError;
import org.vigia.model.Limits;
import org.vigia.model.OffenceType;
import org.vigia.model.Permission;
import org.vigia.model.Person;
import org.vigia.model.PersonMatch;
import org.vigia.model.RoleLink;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.service.Checks;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;
import org.vigia.service.cases.CaseService;
import org.vigia.service.persons.PersonService;
import org.vigia.service.roles.RoleService;

/**
 * From a check to a case, in one transaction: the person the check describes (created from it,
 * or an existing person picked among the likely duplicates), a new case of the control's
 * operation opened on the day of the check (or an existing case), the person's link in it as
 * smuggled migrant, victim or suspect (with where and when from the control and the check), and
 * the check marked with the person and the link. A check opens one case only.
 */
public final class CheckToCase {
    /** The roles a check may lead to. */
    public static final Set<CaseRole> ROLES = Set.of(CaseRole.SMUGGLED_MIGRANT, CaseRole.VICTIM, CaseRole.SUSPECT);
    public static final int MATCHES = 8;
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;
    private final PersonService persons;
    private final CaseService cases;
    private final RoleService roles;

    public CheckToCase(ServiceContext ctx, AuditService audit, PersonService persons, CaseService cases, RoleService roles) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
        this.persons = persons;
        this.cases = cases;
        this.roles = roles;
    }

    /** What the check says, as the start of the action (refused for a missing or deleted check). */
    public CheckCaseDraft draft(UUID checkId) {
        access.require(Permission.CASE_READ);
        return CheckDrafts.read(ctx.dsl(), checkId, ctx.clock().getZone(), false);
    }

    /** Existing persons who may be the one checked, likeliest first (as the people area finds them). */
    public List<PersonMatch> matches(UUID checkId) {
        access.require(Permission.CASE_READ);
        Person p = draft(checkId).person();
        if (p.givenNames().isBlank() && p.familyNames().isBlank() && p.documents().isEmpty()) {
            return List.of();
        }
        return persons.matches(p, MATCHES);
    }

    /** Opens the case (or links into an existing one); all or nothing. */
    public CheckCaseResult open(CheckCaseRequest request) {
        access.require(Permission.CASE_WRITE);
        validate(request);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            CheckCaseDraft check = CheckDrafts.read(tx, request.checkId(), ctx.clock().getZone(), true);
            if (check.caseRoleId() != null) {
                String number = tx.select(CASE_FILE.CASE_NUMBER).from(CASE_ROLE).join(CASE_FILE)
                        .on(CASE_FILE.ID.eq(CASE_ROLE.CASE_ID)).where(CASE_ROLE.ID.eq(check.caseRoleId()))
                        .fetchOne(CASE_FILE.CASE_NUMBER);
                throw new VigiaException("checkview.error.alreadyOpened", number == null ? "-" : number);
            }
            if (check.checkVersion() != request.checkVersion()) {
                throw new ConflictException(check.pointName());
            }
            UUID personId = request.personId();
            boolean personCreated = personId == null;
            if (personCreated) {
                personId = persons.createIn(tx, check.person()).id();
            } else if (!tx.fetchExists(PERSON, PERSON.ID.eq(personId).and(PERSON.DELETED_AT.isNull()))) {
                throw new ValidationException(List.of(FieldError.of("personId", "error.role.noPerson")));
            }
            UUID caseId = request.caseId();
            boolean caseCreated = caseId == null;
            String number;
            if (caseCreated) {
                CaseFile created = cases.createIn(tx, newCase(check, request));
                caseId = created.id();
                number = created.number();
            } else {
                number = tx.select(CASE_FILE.CASE_NUMBER).from(CASE_FILE)
                        .where(CASE_FILE.ID.eq(caseId).and(CASE_FILE.DELETED_AT.isNull())).fetchOne(CASE_FILE.CASE_NUMBER);
                if (number == null) {
                    throw new ValidationException(List.of(FieldError.of("caseId", "error.role.noCase")));
                }
            }
            RoleLink link = roles.addIn(tx, CheckLinks.link(check, caseId, personId, request.role()));
            int marked = tx.update(BORDER_CHECK).set(BORDER_CHECK.PERSON_ID, personId)
                    .set(BORDER_CHECK.CASE_ROLE_ID, link.id()).set(BORDER_CHECK.VERSION, check.checkVersion() + 1)
                    .set(BORDER_CHECK.UPDATED_AT, ctx.nowUtc()).set(BORDER_CHECK.UPDATED_BY, ctx.user())
                    .where(BORDER_CHECK.ID.eq(check.checkId()).and(BORDER_CHECK.VERSION.eq(check.checkVersion()))
                            .and(BORDER_CHECK.CASE_ROLE_ID.isNull()))
                    .execute();
            if (marked != 1) {
                throw new ConflictException(check.pointName());
            }
            audit.append(tx, "CHECK_TO_CASE", "border_check", check.checkId(), "border_check " + check.checkId()
                    + ": person " + personId + (personCreated ? " (created)" : " (existing)") + " as "
                    + request.role().name() + " in case " + caseId + (caseCreated ? " (created)" : " (existing)")
                    + ", case_role " + link.id());
            return new CheckCaseResult(check.checkId(), personId, personCreated, caseId, number, caseCreated, link.id());
        });
    }

    private static void validate(CheckCaseRequest r) {
        Checks c = new Checks();
        if (r == null) {
            c.add("sourceCheck", "validation.required").throwIfAny();
        }
        if (r.checkId() == null) {
            c.add("sourceCheck", "validation.required");
        }
        if (r.role() == null) {
            c.add("role", "validation.required");
        } else if (!ROLES.contains(r.role())) {
            c.add("role", "checkview.error.role");
        }
        if (r.caseId() == null) {
            c.requiredLine("newCaseTitle", r.caseTitle(), Limits.CASE_TITLE);
        }
        c.throwIfAny();
    }

    /** The new case: the control's operation, the check's day and place, the offence the role points to. */
    private CaseFile newCase(CheckCaseDraft check, CheckCaseRequest request) {
        Set<OffenceType> offences = EnumSet.of(CheckLinks.offence(request.role(), check.action()));
        String locality = check.pointLocality() == null ? null : CheckLinks.cut(check.pointLocality(), Limits.LOCALITY);
        return new CaseFile(null, 0, "", request.caseTitle(), check.operationId(), offences, CaseStatus.Active,
                cases.actingName(), check.checkedOn(), check.pointCountry(), locality, "", "", "", "", null, null);
    }
}
