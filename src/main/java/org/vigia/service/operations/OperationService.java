package org.vigia.service.operations;

import static org.vigia.db.schema.Tables.OPERATION;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.OperationRecord;
import org.vigia.model.ConflictException;
import org.vigia.model.Limits;
import org.vigia.model.Operation;
import org.vigia.service.Checks;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.TextNorm;
import org.vigia.service.audit.AuditService;

/** Operations: create, edit, list. Codes are unique (case-insensitive). */
public final class OperationService {
    static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]*");

    private final ServiceContext ctx;
    private final AuditService audit;
    private final org.vigia.service.access.Access access;

    public OperationService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
    }

    /** Every live operation, newest first (operations are few: tens, not thousands). */
    public List<Operation> list() {
        access.require(org.vigia.model.Permission.CASE_READ);
        return ctx.dsl().selectFrom(OPERATION).where(OPERATION.DELETED_AT.isNull())
                .orderBy(OPERATION.START_DATE.desc(), OPERATION.CODE_NORM)
                .fetch(OperationService::toModel);
    }

    public Optional<Operation> find(UUID id) {
        access.require(org.vigia.model.Permission.CASE_READ);
        return ctx.dsl().selectFrom(OPERATION)
                .where(OPERATION.ID.eq(id).and(OPERATION.DELETED_AT.isNull()))
                .fetchOptional(OperationService::toModel);
    }

    /** Saves a new operation ({@code id == null}) or changes an existing one. */
    public Operation save(Operation op) {
        access.require(org.vigia.model.Permission.CASE_WRITE);
        Operation clean = normalise(op);
        validate(clean);
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            checkCodeFree(tx, clean);
            if (clean.id() == null) {
                UUID id = Ids.next();
                OperationRecord r = tx.newRecord(OPERATION);
                fill(r, clean);
                RowStamps.created(r, id, ctx);
                r.insert();
                audit.append(tx, "OPERATION_CREATE", "operation", id, "operation " + clean.code() + " created");
                return toModel(r);
            }
            OperationRecord r = tx.selectFrom(OPERATION)
                    .where(OPERATION.ID.eq(clean.id()).and(OPERATION.DELETED_AT.isNull())).fetchOne();
            if (r == null || r.getVersion() != clean.version()) {
                throw new ConflictException(clean.code());
            }
            fill(r, clean);
            RowStamps.changed(r, clean.version(), ctx);
            int n = tx.update(OPERATION).set(r)
                    .where(OPERATION.ID.eq(clean.id()).and(OPERATION.VERSION.eq(clean.version())))
                    .execute();
            if (n != 1) {
                throw new ConflictException(clean.code());
            }
            audit.append(tx, "OPERATION_UPDATE", "operation", clean.id(), "operation " + clean.code() + " changed");
            return toModel(r);
        });
    }

    private void checkCodeFree(DSLContext tx, Operation op) {
        var clash = OPERATION.CODE_NORM.eq(TextNorm.fold(op.code()));
        if (op.id() != null) {
            clash = clash.and(OPERATION.ID.ne(op.id()));
        }
        if (tx.fetchExists(OPERATION, clash)) {
            new Checks().add("code", "validation.duplicate", op.code()).throwIfAny();
        }
    }

    private static Operation normalise(Operation op) {
        List<String> countries = op.countries().stream()
                .map(c -> c == null ? "" : c.strip().toUpperCase(Locale.ROOT)).toList();
        List<String> partners = op.partners().stream()
                .map(p -> p == null ? "" : p.strip()).toList();
        return new Operation(op.id(), op.version(), strip(op.code()), strip(op.name()),
                op.startDate(), op.endDate(), countries, strip(op.coordinationUnit()), partners);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static void validate(Operation op) {
        Checks c = new Checks()
                .requiredLine("code", op.code(), Limits.OPERATION_CODE)
                .pattern("code", op.code(), CODE, "TURQUESA-IV");
        if (c.ok("code") && TextNorm.fold(op.code()).length() > Limits.OPERATION_CODE) {
            // upper-casing can lengthen a code ("ß" -> "SS"); code_norm has the same width
            c.add("code", "validation.tooLong", Limits.OPERATION_CODE);
        }
        c.requiredLine("name", op.name(), Limits.OPERATION_NAME)
                .requiredDate("startDate", op.startDate())
                .requiredDate("endDate", op.endDate())
                .optionalLine("coordinationUnit", op.coordinationUnit(), Limits.COORDINATION_UNIT);
        if (c.ok("startDate") && c.ok("endDate") && op.endDate().isBefore(op.startDate())) {
            c.add("endDate", "validation.endBeforeStart");
        }
        op.countries().forEach(cc -> c.country("countries", cc));
        c.distinct("countries", op.countries());
        if (op.partners().size() > Limits.MAX_PARTNERS) {
            c.add("partners", "validation.tooMany", Limits.MAX_PARTNERS);
        }
        for (String p : op.partners()) {
            c.requiredLine("partners", p, Limits.PARTNER);
        }
        c.distinct("partners", op.partners().stream().map(TextNorm::fold).toList());
        c.throwIfAny();
    }

    private static void fill(OperationRecord r, Operation op) {
        r.setCode(op.code());
        r.setCodeNorm(TextNorm.fold(op.code()));
        r.setName(op.name());
        r.setStartDate(op.startDate());
        r.setEndDate(op.endDate());
        r.setCountries(op.countries().toArray(String[]::new));
        r.setCoordinationUnit(op.coordinationUnit() == null || op.coordinationUnit().isEmpty() ? null : op.coordinationUnit());
        r.setPartners(op.partners().toArray(String[]::new));
    }

    static Operation toModel(OperationRecord r) {
        return new Operation(r.getId(), r.getVersion(), r.getCode(), r.getName(), r.getStartDate(),
                r.getEndDate(), r.getCountries() == null ? List.of() : Arrays.asList(r.getCountries()),
                r.getCoordinationUnit() == null ? "" : r.getCoordinationUnit(),
                r.getPartners() == null ? List.of() : Arrays.asList(r.getPartners()));
    }

    /** Whether the signed-in account may (screens use it to hide what would be refused). */
    public boolean allows(org.vigia.model.Permission permission) {
        return access.allows(permission);
    }
}
