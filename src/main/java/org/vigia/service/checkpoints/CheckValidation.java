package org.vigia.service.checkpoints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.vigia.model.Ages;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckpointControl;
import org.vigia.model.CheckpointLimits;
import org.vigia.service.Checks;
import org.vigia.service.persons.PersonKeys;

/** The rules of one check; every refusal names its field. */
final class CheckValidation {
    static final DateTimeFormatter SHIFT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private CheckValidation() {
    }

    /** Checks {@code c} (normalised) of {@code control}; {@code control} null: its control was not found. */
    static void validate(BorderCheck c, CheckpointControl control) {
        Checks checks = new Checks();
        if (c.controlId() == null || control == null) {
            checks.add("controlId", c.controlId() == null ? "validation.required" : "checkpoint.error.controlNotFound");
        }
        if (c.checkedAt() == null) {
            checks.add("checkedAt", "validation.required");
        } else if (control != null && !control.covers(c.checkedAt())) {
            checks.add("checkedAt", "checkpoint.error.outsideShift", SHIFT.format(control.shiftStart()),
                    SHIFT.format(control.shiftEnd()));
        }
        checks.optionalLine("externalRef", c.externalRef(), CheckpointLimits.EXTERNAL_REF);
        person(checks, c);
        document(checks, c);
        if (!c.hasPerson() && !c.hasDocument() && checks.ok("familyNames") && checks.ok("docNumber")) {
            checks.add("familyNames", "checkpoint.error.personOrDocument");
        }
        conveyance(checks, c);
        checks.optionalText("notes", c.notes(), CheckpointLimits.CHECK_NOTES);
        checks.throwIfAny();
    }

    private static void person(Checks checks, BorderCheck c) {
        checks.optionalLine("givenNames", c.givenNames(), CheckpointLimits.NAME);
        checks.optionalLine("familyNames", c.familyNames(), CheckpointLimits.NAME);
        if (c.birthDate() != null) {
            checks.requiredDate("birthDate", c.birthDate());
            LocalDate day = c.checkedAt() == null ? null : c.checkedAt().atOffset(ZoneOffset.UTC).toLocalDate();
            if (checks.ok("birthDate") && day != null && c.birthDate().isAfter(day)) {
                checks.add("birthDate", "validation.future");
            }
        }
        if (c.nationality() != null) {
            checks.country("nationality", c.nationality());
        }
        if (!c.hasPerson() && (c.birthDate() != null || c.gender() != null)) {
            checks.add("familyNames", "validation.required");
        }
    }

    private static void document(Checks checks, BorderCheck c) {
        checks.optionalLine("docNumber", c.docNumber(), CheckpointLimits.DOC_NUMBER);
        if (c.docNumber() != null && checks.ok("docNumber") && PersonKeys.documentNorm(c.docNumber()).isEmpty()) {
            checks.add("docNumber", "validation.malformed", "AB123456");
        }
        if (c.hasDocument()) {
            if (c.docType() == null) {
                checks.add("docType", "validation.required");
            }
            checks.requiredCountry("docCountry", c.docCountry());
        } else if (c.docType() != null || c.docCountry() != null) {
            checks.add("docNumber", "validation.required");
            if (c.docCountry() != null) {
                checks.country("docCountry", c.docCountry());
            }
        }
    }

    private static void conveyance(Checks checks, BorderCheck c) {
        checks.optionalLine("conveyanceRef", c.conveyanceRef(), CheckpointLimits.CONVEYANCE_REF);
        if (c.conveyanceRef() != null && c.conveyance() == null) {
            checks.add("conveyance", "validation.required");
        }
        boolean vessel = c.vesselImo() != null || c.vesselFlag() != null;
        if (vessel && c.conveyance() != CheckConveyance.VESSEL) {
            checks.add(c.vesselImo() != null ? "vesselImo" : "vesselFlag", "checkpoint.error.vesselOnly");
            return;
        }
        if (c.vesselImo() != null && !CheckRecords.validImo(c.vesselImo())) {
            checks.add("vesselImo", "checkpoint.error.imo");
        }
        if (c.vesselFlag() != null) {
            checks.country("vesselFlag", c.vesselFlag());
        }
    }

    /** Minor on the day of the check when the birth date is known, else as the officer said. */
    static Boolean minor(BorderCheck c) {
        if (c.birthDate() == null || c.checkedAt() == null) {
            return c.minor();
        }
        Instant at = c.checkedAt();
        return Ages.minorOn(c.birthDate(), null, null, at.atOffset(ZoneOffset.UTC).toLocalDate());
    }
}
