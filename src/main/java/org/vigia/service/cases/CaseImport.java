package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.OPERATION;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.vigia.db.schema.tables.records.CaseFileRecord;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseStatus;
import org.vigia.model.FieldError;
import org.vigia.model.OffenceType;
import org.vigia.model.Permission;
import org.vigia.model.ValidationException;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.audit.AuditService;
import org.vigia.service.imports.ImportKind;
import org.vigia.service.imports.ImportRow;

/**
 * The cases file of the CSV import (docs/import-csv.md): each row is checked by the rules of the
 * case editor ({@link CaseValidation}); a row whose external_ref names a case of the office
 * updates it when a value differs (every column of the file replaces the stored value; a blank
 * number keeps the case's number) and leaves it otherwise.
 */
final class CaseImport implements ImportKind<CaseImport.Row> {
    static final List<String> REQUIRED = List.of("title", "offences", "status", "lead_investigator",
            "opened_on", "country");
    static final List<String> OPTIONAL = List.of("number", "operation", "locality", "narrative", "act",
            "means", "purpose");
    private static final String OPERATION_COLUMN = "operation";
    private static final Map<String, String> COLUMN_OF = Map.of("number", "number", "title", "title",
            "operationId", "operation", "offences", "offences", "status", "status",
            "leadInvestigator", "lead_investigator", "openedOn", "opened_on", "country", "country",
            "locality", "locality", "narrative", "narrative");

    /** A checked row: the case as it will be saved, and the case it updates (null: a new one). */
    record Row(CaseFile clean, String ref, UUID existingId) {
    }

    private final ServiceContext ctx;
    private final AuditService audit;
    private final CaseNumbers numbers;
    private final Map<String, Long> numbersSeen = new HashMap<>();
    private Map<String, UUID> operations;

    CaseImport(ServiceContext ctx, AuditService audit, CaseNumbers numbers) {
        this.ctx = ctx;
        this.audit = audit;
        this.numbers = numbers;
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public Permission permission() {
        return Permission.CASE_WRITE;
    }

    @Override
    public List<String> requiredColumns() {
        return REQUIRED;
    }

    @Override
    public List<String> optionalColumns() {
        return OPTIONAL;
    }

    @Override
    public Row parse(DSLContext dsl, ImportRow row) {
        List<FieldError> errors = new ArrayList<>();
        Set<OffenceType> offences = codes(row.get("offences"), "offences", OffenceType.class, errors);
        Set<CaseStatus> status = codes(row.get("status"), "status", CaseStatus.class, errors);
        if (status.size() > 1) {
            errors.add(FieldError.of("status", "error.import.row.oneCode"));
        }
        LocalDate opened = date(row.get("opened_on"), errors);
        UUID operationId = operation(dsl, row.get("operation"), errors);
        String ref = row.get(EXTERNAL_REF);
        Record existing = ref == null || ref.isEmpty() ? null : dsl
                .select(CASE_FILE.ID, CASE_FILE.CASE_NUMBER, CASE_FILE.STATUS, CASE_FILE.DELETED_AT)
                .from(CASE_FILE).where(CASE_FILE.SITE_ID.eq(ctx.siteId()).and(CASE_FILE.EXTERNAL_REF.eq(ref)))
                .fetchOne();
        if (existing != null && existing.get(CASE_FILE.DELETED_AT) != null) {
            errors.add(FieldError.of(EXTERNAL_REF, "error.import.row.deleted", ref));
        }
        String number = row.blank("number") && existing != null ? existing.get(CASE_FILE.CASE_NUMBER) : row.get("number");
        CaseFile clean = CaseRecords.normalise(new CaseFile(null, 0, number, row.get("title"), operationId,
                offences, status.size() == 1 ? status.iterator().next() : null, row.get("lead_investigator"),
                opened, row.get("country"), row.get("locality"), row.raw("narrative"), row.raw("act"),
                row.raw("means"), row.raw("purpose"), null, null));
        try {
            CaseValidation.validate(clean, existing == null, ctx.clock());
        } catch (ValidationException e) {
            for (FieldError f : e.errors()) {
                if (errors.stream().noneMatch(x -> x.field().equals(column(f.field())))) {
                    errors.add(new FieldError(column(f.field()), f.key(), f.args()));
                }
            }
        }
        UUID existingId = existing == null ? null : existing.get(CASE_FILE.ID);
        if (clean.number() != null && !clean.number().isBlank() && errors.stream().noneMatch(e -> e.field().equals("number"))
                && dsl.fetchExists(CASE_FILE, CASE_FILE.SITE_ID.eq(ctx.siteId())
                .and(CASE_FILE.CASE_NUMBER_NORM.eq(CaseRecords.numberKey(clean.number())))
                .and(existingId == null ? CASE_FILE.ID.isNotNull() : CASE_FILE.ID.ne(existingId)))) {
            errors.add(FieldError.of("number", "validation.duplicate", clean.number()));
        }
        if (existing != null && clean.status() != null
                && CaseStatus.valueOf(existing.get(CASE_FILE.STATUS)).isClosed() != clean.status().isClosed()
                && !audit.access().allows(Permission.CASE_CLOSE)) {
            errors.add(FieldError.of("status", "error.import.row.closeRight"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Row(clean, ref, existingId);
    }

    @Override
    public List<FieldError> clashes(Row value, ImportRow row) {
        String number = value.clean().number();
        if (number == null || number.isBlank()) {
            return List.of();
        }
        Long first = numbersSeen.putIfAbsent(CaseRecords.numberKey(number), row.line());
        return first == null ? List.of()
                : List.of(FieldError.of("number", "error.import.row.repeatedNumber", number, first));
    }

    @Override
    public Outcome write(DSLContext tx, Row row) {
        CaseFile c = row.clean();
        if (row.existingId() == null) {
            String number = c.number() == null || c.number().isBlank() ? numbers.allocate(tx) : c.number();
            numbers.noteUsed(tx, number);
            UUID id = Ids.next();
            CaseFileRecord r = tx.newRecord(CASE_FILE);
            CaseRecords.fill(r, c, number);
            r.setExternalRef(row.ref());
            RowStamps.created(r, id, ctx);
            r.insert();
            CaseSearchIndex.write(tx, r);
            CaseCounts.add(tx, r, 1);
            audit.append(tx, "CASE_CREATE", "case", id, "case " + number + " created (import)");
            return Outcome.CREATED;
        }
        CaseFileRecord r = tx.selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(row.existingId())).forUpdate().fetchOne();
        if (same(CaseRecords.toModel(r), c)) {
            return Outcome.UNCHANGED;
        }
        String oldStatus = r.getStatus();
        UUID oldOperation = r.getOperationId();
        int oldOffences = r.getOffenceMask();
        numbers.noteUsed(tx, c.number());
        CaseRecords.fill(r, c, c.number());
        RowStamps.changed(r, r.getVersion(), ctx);
        tx.update(CASE_FILE).set(r).where(CASE_FILE.ID.eq(r.getId())).execute();
        CaseSearchIndex.write(tx, r);
        CaseCounts.add(tx, oldStatus, oldOperation, oldOffences, -1);
        CaseCounts.add(tx, r, 1);
        audit.append(tx, "CASE_UPDATE", "case", r.getId(), "case " + c.number() + " changed (import)");
        return Outcome.UPDATED;
    }

    private static boolean same(CaseFile a, CaseFile b) {
        return Objects.equals(a.number(), b.number()) && Objects.equals(a.title(), b.title())
                && Objects.equals(a.operationId(), b.operationId()) && a.offences().equals(b.offences())
                && a.status() == b.status() && Objects.equals(a.leadInvestigator(), b.leadInvestigator())
                && Objects.equals(a.openedOn(), b.openedOn()) && Objects.equals(a.country(), b.country())
                && Objects.equals(a.locality(), nz(b.locality())) && Objects.equals(a.narrative(), nz(b.narrative()))
                && Objects.equals(a.act(), nz(b.act())) && Objects.equals(a.means(), nz(b.means()))
                && Objects.equals(a.purpose(), nz(b.purpose()));
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "" : s;
    }

    private static String column(String field) {
        return COLUMN_OF.getOrDefault(field, field);
    }

    /** Codes separated by '|', each the exact stored code of {@code type} (DOMAIN.md section 4). */
    private static <E extends Enum<E>> Set<E> codes(String text, String column, Class<E> type, List<FieldError> errors) {
        Set<E> found = EnumSet.noneOf(type);
        if (text == null || text.isEmpty()) {
            return found;
        }
        for (String part : text.split("\\|", -1)) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            try {
                found.add(Enum.valueOf(type, code));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of(column, "error.import.row.unknownCode", code,
                        String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList())));
                return found;
            }
        }
        return found;
    }

    private static LocalDate date(String text, List<FieldError> errors) {
        if (text == null || text.isEmpty()) {
            return null; // the editor's rules say "required"
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("opened_on", "validation.badDate", "2026-03-01"));
            return null;
        }
    }

    private UUID operation(DSLContext dsl, String code, List<FieldError> errors) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        if (operations == null) {
            operations = new HashMap<>();
            dsl.select(OPERATION.CODE, OPERATION.ID).from(OPERATION)
                    .where(OPERATION.SITE_ID.eq(ctx.siteId()).and(OPERATION.DELETED_AT.isNull()))
                    .forEach(r -> operations.put(r.value1().toUpperCase(Locale.ROOT), r.value2()));
        }
        UUID id = operations.get(code.toUpperCase(Locale.ROOT));
        if (id == null) {
            errors.add(FieldError.of(OPERATION_COLUMN, "error.import.row.unknownOperation", code));
        }
        return id;
    }
}
