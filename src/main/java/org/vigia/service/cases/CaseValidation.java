package org.vigia.service.cases;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.OPERATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.vigia.model.CaseFile;
import org.vigia.model.Limits;
import org.vigia.service.Checks;

/** The rules a case must meet before it is written. */
final class CaseValidation {
    /** Letters, digits and - / . _ ; starts with a letter or digit. */
    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]*");

    private CaseValidation() {
    }

    static void validate(CaseFile c, boolean numberMayBeBlank, Clock clock) {
        Checks checks = new Checks();
        if (!(numberMayBeBlank && (c.number() == null || c.number().isBlank()))) {
            checks.requiredLine("number", c.number(), Limits.CASE_NUMBER)
                    .pattern("number", c.number(), NUMBER, "CO-BOG-2026-00042");
        }
        checks.requiredLine("title", c.title(), Limits.CASE_TITLE);
        if (c.offences().isEmpty()) {
            checks.add("offences", "validation.atLeastOne");
        }
        if (c.status() == null) {
            checks.add("status", "validation.required");
        }
        checks.requiredLine("leadInvestigator", c.leadInvestigator(), Limits.PERSON_NAME)
                .requiredDate("openedOn", c.openedOn());
        if (checks.ok("openedOn") && c.openedOn().isAfter(LocalDate.now(clock))) {
            checks.add("openedOn", "validation.future");
        }
        checks.requiredCountry("country", c.country())
                .optionalLine("locality", c.locality(), Limits.LOCALITY)
                .optionalText("narrative", c.narrative(), Limits.NARRATIVE)
                .optionalText("act", c.act(), Limits.ELEMENT)
                .optionalText("means", c.means(), Limits.ELEMENT)
                .optionalText("purpose", c.purpose(), Limits.ELEMENT)
                .throwIfAny();
    }

    /** Checks that need the database: the number is free, the operation exists. */
    static void checkReferences(DSLContext tx, CaseFile c, String number, UUID selfId, UUID siteId) {
        Checks checks = new Checks();
        Condition clash = CASE_FILE.SITE_ID.eq(siteId)
                .and(CASE_FILE.CASE_NUMBER_NORM.eq(CaseRecords.numberKey(number)));
        if (selfId != null) {
            clash = clash.and(CASE_FILE.ID.ne(selfId));
        }
        if (tx.fetchExists(CASE_FILE, clash)) {
            checks.add("number", "validation.duplicate", number);
        }
        if (c.operationId() != null && !tx.fetchExists(OPERATION,
                OPERATION.ID.eq(c.operationId()).and(OPERATION.DELETED_AT.isNull()))) {
            checks.add("operationId", "validation.unknownOperation");
        }
        checks.throwIfAny();
    }
}
