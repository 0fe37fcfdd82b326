package org.vigia.service.protection;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.VICTIM_PROTECTION;

import java.time.LocalDate;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.vigia.model.CaseRole;
import org.vigia.model.Gender;
import org.vigia.model.Pseudonym;
import org.vigia.model.ProtectionStatus;
import org.vigia.service.ServiceContext;

/** The SQL pieces shared by one victim's read and the view's queries: who is a victim, and the derived columns. */
final class VictimRows {
    private VictimRows() {
    }

    /** Live victim links of live cases and live persons. */
    static Condition liveVictims() {
        return CASE_ROLE.ROLE.eq(CaseRole.VICTIM.name()).and(CASE_ROLE.DELETED_AT.isNull())
                .and(CASE_FILE.DELETED_AT.isNull()).and(PERSON.DELETED_AT.isNull());
    }

    /** The current status: the header's, else identified. */
    static Field<String> status() {
        return DSL.coalesce(VICTIM_PROTECTION.STATUS, DSL.inline(ProtectionStatus.IDENTIFIED.name()));
    }

    /** Since when: the header's status date, else the identification date, else the day the link was made. */
    static Field<LocalDate> statusOn() {
        return DSL.coalesce(VICTIM_PROTECTION.STATUS_ON, CASE_ROLE.IDENTIFIED_ON,
                DSL.cast(CASE_ROLE.CREATED_AT, LocalDate.class));
    }

    /**
     * Under 18 at identification (the identification date, else the detection date of a
     * reclassified migrant, else {@code today}), as the case's People tab tells it.
     */
    static Field<Boolean> minor(LocalDate today) {
        Field<LocalDate> on = DSL.coalesce(CASE_ROLE.IDENTIFIED_ON, CASE_ROLE.DETECTED_ON, DSL.val(today));
        return MinorSql.minorOn(PERSON.BIRTH_DATE, PERSON.AGE_YEARS, PERSON.AGE_ON, on);
    }

    /** The date the minor flag is judged on, as {@link #minor} takes it. */
    static LocalDate minorDate(LocalDate identified, LocalDate detected, LocalDate today) {
        return identified != null ? identified : detected != null ? detected : today;
    }

    /** The name shown: the pseudonym unless this session revealed the person. */
    static String displayName(ServiceContext ctx, UUID personId, String given, String family) {
        if (ctx.isRevealed(personId)) {
            return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        return Pseudonym.of(personId, given, family);
    }

    static Gender gender(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Gender.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
