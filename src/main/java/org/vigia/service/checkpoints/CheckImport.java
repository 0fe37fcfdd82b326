package org.vigia.service.checkpoints;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.CHECKPOINT_CONTROL;
import static org.vigia.db.schema.Tables.TRANSIT_POINT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.BorderCheckRecord;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckAction;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckDirection;
import org.vigia.model.CheckResult;
import org.vigia.model.DocumentType;
import org.vigia.model.FieldError;
import org.vigia.model.Gender;
import org.vigia.model.Permission;
import org.vigia.model.TravelPurpose;
import org.vigia.model.ValidationException;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.TextNorm;
import org.vigia.service.audit.AuditService;
import org.vigia.service.imports.ImportKind;
import org.vigia.service.imports.ImportRow;

/**
 * The checks file of the CSV import (docs/import-csv.md, "Checks file"): one row is one check of
 * an existing control, named by {@code control_id} or by {@code transit_point} + {@code
 * shift_start}. Rows are checked by the entry form's rules; {@code external_ref} makes a
 * re-import update the check it wrote (or leave it unchanged), never add a second one.
 */
final class CheckImport implements ImportKind<CheckImport.Row> {
    static final List<String> REQUIRED = List.of("checked_at");
    static final List<String> OPTIONAL = List.of("control_id", "transit_point", "shift_start", "given_names",
            "family_names", "birth_date", "gender", "nationality", "minor", "document_number", "document_type",
            "document_country", "direction", "purpose", "conveyance", "conveyance_ref", "vessel_imo", "vessel_flag",
            "result", "action", "notes");
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("controlId", "control_id"),
            Map.entry("checkedAt", "checked_at"), Map.entry("externalRef", EXTERNAL_REF),
            Map.entry("givenNames", "given_names"), Map.entry("familyNames", "family_names"),
            Map.entry("birthDate", "birth_date"), Map.entry("docNumber", "document_number"),
            Map.entry("docType", "document_type"), Map.entry("docCountry", "document_country"),
            Map.entry("conveyanceRef", "conveyance_ref"), Map.entry("vesselImo", "vessel_imo"),
            Map.entry("vesselFlag", "vessel_flag"));

    /** A checked row: the check, and the live check its reference already names (null: a new one). */
    record Row(BorderCheck check, BorderCheckRecord existing) {
    }

    private final ServiceContext ctx;
    private final AuditService audit;
    private final CheckService checks;

    CheckImport(ServiceContext ctx, AuditService audit, CheckService checks) {
        this.ctx = ctx;
        this.audit = audit;
        this.checks = checks;
    }

    @Override
    public String name() {
        return "checks";
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
        Columns c = new Columns(row, errors);
        UUID controlId = control(dsl, row, c, errors);
        BorderCheck check = CheckRecords.normalise(new BorderCheck(null, 0, controlId, c.instant("checked_at"),
                row.get(EXTERNAL_REF), c.text("given_names"), c.text("family_names"), c.date("birth_date"),
                c.code("gender", Gender.class), c.text("nationality"), c.minor(), c.text("document_number"),
                c.code("document_type", DocumentType.class), c.text("document_country"),
                c.code("direction", CheckDirection.class), c.code("purpose", TravelPurpose.class),
                c.code("conveyance", CheckConveyance.class), c.text("conveyance_ref"), c.text("vessel_imo"),
                c.text("vessel_flag"), c.code("result", CheckResult.class), c.code("action", CheckAction.class),
                row.blank("notes") ? null : row.raw("notes")));
        if (controlId != null) {
            try {
                CheckValidation.validate(check, CheckService.controlOf(dsl, controlId));
            } catch (ValidationException e) {
                for (FieldError f : e.errors()) {
                    String column = COLUMN_OF.getOrDefault(f.field(), f.field());
                    if (errors.stream().noneMatch(x -> x.field().equals(column))) {
                        errors.add(new FieldError(column, f.key(), f.args()));
                    }
                }
            }
        }
        BorderCheckRecord existing = dsl.selectFrom(BORDER_CHECK).where(BORDER_CHECK.EXTERNAL_REF.eq(check.externalRef()))
                .orderBy(BORDER_CHECK.CREATED_AT).limit(1).fetchOne();
        if (existing != null && existing.getDeletedAt() != null) {
            errors.add(FieldError.of(EXTERNAL_REF, "checkpoint.import.checkDeleted", check.externalRef()));
        } else if (existing != null && controlId != null && !existing.getControlId().equals(controlId)) {
            errors.add(FieldError.of(EXTERNAL_REF, "checkpoint.import.otherControl", check.externalRef()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Row(check, existing);
    }

    /** The control the row names: its id, or its transit point's name and shift start. */
    private static UUID control(DSLContext dsl, ImportRow row, Columns c, List<FieldError> errors) {
        if (!row.blank("control_id")) {
            UUID id;
            try {
                id = UUID.fromString(row.get("control_id"));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("control_id", "validation.malformed", "0190d3c4-8f2a-7c41-9a55-3e1f0b6d2a10"));
                return null;
            }
            if (CheckService.controlOf(dsl, id) == null) {
                errors.add(FieldError.of("control_id", "checkpoint.error.controlNotFound"));
                return null;
            }
            return id;
        }
        if (row.blank("transit_point") || row.blank("shift_start")) {
            errors.add(FieldError.of("control_id", "checkpoint.import.controlRequired"));
            return null;
        }
        Instant start = c.instant("shift_start");
        if (start == null) {
            return null;
        }
        List<UUID> found = dsl.select(CHECKPOINT_CONTROL.ID).from(CHECKPOINT_CONTROL).join(TRANSIT_POINT)
                .on(TRANSIT_POINT.ID.eq(CHECKPOINT_CONTROL.TRANSIT_POINT_ID))
                .where(TRANSIT_POINT.NAME_NORM.eq(TextNorm.fold(row.get("transit_point")))
                        .and(TRANSIT_POINT.DELETED_AT.isNull()).and(CHECKPOINT_CONTROL.DELETED_AT.isNull())
                        .and(CHECKPOINT_CONTROL.SHIFT_START.eq(CheckRecords.utc(CheckRecords.millis(start)))))
                .fetch(CHECKPOINT_CONTROL.ID);
        if (found.size() != 1) {
            errors.add(FieldError.of("transit_point", found.isEmpty() ? "checkpoint.import.noControl"
                    : "checkpoint.import.manyControls", row.get("transit_point"), row.get("shift_start")));
            return null;
        }
        return found.get(0);
    }

    @Override
    public Outcome write(DSLContext tx, Row value) {
        if (value.existing() == null) {
            checks.insert(tx, value.check());
            return Outcome.CREATED;
        }
        BorderCheckRecord r = value.existing();
        BorderCheck before = CheckRecords.toModel(r);
        BorderCheck c = value.check();
        BorderCheck wanted = CheckRecords.complete(new BorderCheck(r.getId(), r.getVersion(), r.getControlId(),
                c.checkedAt(), c.externalRef(), c.givenNames(), c.familyNames(), c.birthDate(), c.gender(),
                c.nationality(), c.minor(), c.docNumber(), c.docType(), c.docCountry(), c.direction(), c.purpose(),
                c.conveyance(), c.conveyanceRef(), c.vesselImo(), c.vesselFlag(), c.result(), c.action(), c.notes()),
                CheckValidation.minor(c), c.result() == null ? before.result() : c.result());
        if (wanted.equals(before)) {
            return Outcome.UNCHANGED;
        }
        CheckRecords.fill(r, wanted);
        RowStamps.changed(r, r.getVersion(), ctx);
        r.attach(tx.configuration());
        r.store();
        audit.append(tx, "CHECK_UPDATE", "border_check", r.getId(), "check " + r.getId() + " changed by import");
        return Outcome.UPDATED;
    }

    /** Formats of the row's cells; each problem named by its column. */
    private static final class Columns {
        private final ImportRow row;
        private final List<FieldError> errors;

        Columns(ImportRow row, List<FieldError> errors) {
            this.row = row;
            this.errors = errors;
        }

        String text(String column) {
            return row.blank(column) ? null : row.get(column);
        }

        Instant instant(String column) {
            if (row.blank(column)) {
                return null;
            }
            try {
                return OffsetDateTime.parse(row.get(column)).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of(column, "checkpoint.import.badTime", "2026-03-15T08:30:00-05:00"));
                return null;
            }
        }

        LocalDate date(String column) {
            if (row.blank(column)) {
                return null;
            }
            try {
                return LocalDate.parse(row.get(column));
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of(column, "validation.badDate", "1990-05-01"));
                return null;
            }
        }

        Boolean minor() {
            if (row.blank("minor")) {
                return null;
            }
            String v = row.get("minor").toLowerCase(Locale.ROOT);
            if (!v.equals("yes") && !v.equals("no")) {
                errors.add(FieldError.of("minor", "error.import.people.twoValues", row.get("minor"), "yes", "no"));
                return null;
            }
            return v.equals("yes");
        }

        <E extends Enum<E>> E code(String column, Class<E> type) {
            if (row.blank(column)) {
                return null;
            }
            String v = row.get(column);
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            errors.add(FieldError.of(column, "error.import.row.unknownCode", v,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }
}
