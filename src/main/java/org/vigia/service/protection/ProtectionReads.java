package org.vigia.service.protection;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.PROTECTION_ENTRY;
import static org.vigia.db.schema.Tables.VICTIM_PROTECTION;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.vigia.model.Ages;
import org.vigia.model.CaseRole;
import org.vigia.model.Guardian;
import org.vigia.model.ProtectionEntry;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.VictimProtection;
import org.vigia.model.VigiaException;
import org.vigia.service.ServiceContext;

/** Reads one victim's protection: the header (or what counts before one exists) and the history. */
final class ProtectionReads {
    private ProtectionReads() {
    }

    /**
     * The protection of the live victim link {@code linkId}; refused when the link is unknown or
     * removed (or its case or person is) and when it is not a victim link.
     */
    static VictimProtection read(DSLContext dsl, ServiceContext ctx, UUID linkId, LocalDate today) {
        if (linkId == null) {
            throw new VigiaException("protection.error.unknownLink");
        }
        Record r = dsl.select(CASE_ROLE.ID, CASE_ROLE.PERSON_ID, CASE_ROLE.CASE_ID, CASE_ROLE.ROLE,
                        CASE_ROLE.IDENTIFIED_ON, CASE_ROLE.DETECTED_ON, CASE_ROLE.CREATED_AT, CASE_ROLE.DELETED_AT,
                        CASE_FILE.CASE_NUMBER, CASE_FILE.DELETED_AT, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAMES,
                        PERSON.GENDER, PERSON.BIRTH_DATE, PERSON.AGE_YEARS, PERSON.AGE_ON, PERSON.DELETED_AT)
                .select(VICTIM_PROTECTION.fields())
                .from(CASE_ROLE).join(CASE_FILE).on(CASE_FILE.ID.eq(CASE_ROLE.CASE_ID))
                .join(PERSON).on(PERSON.ID.eq(CASE_ROLE.PERSON_ID))
                .leftJoin(VICTIM_PROTECTION).on(VICTIM_PROTECTION.CASE_ROLE_ID.eq(CASE_ROLE.ID))
                .where(CASE_ROLE.ID.eq(linkId)).fetchOne();
        if (r == null || r.get(CASE_ROLE.DELETED_AT) != null || r.get(CASE_FILE.DELETED_AT) != null
                || r.get(PERSON.DELETED_AT) != null) {
            throw new VigiaException("protection.error.unknownLink");
        }
        if (!CaseRole.VICTIM.name().equals(r.get(CASE_ROLE.ROLE))) {
            throw new VigiaException("protection.error.notVictim");
        }
        UUID personId = r.get(CASE_ROLE.PERSON_ID);
        LocalDate identified = r.get(CASE_ROLE.IDENTIFIED_ON);
        LocalDate minorOn = VictimRows.minorDate(identified, r.get(CASE_ROLE.DETECTED_ON), today);
        LocalDate birth = r.get(PERSON.BIRTH_DATE);
        Boolean minor = Ages.minorOn(birth, r.get(PERSON.AGE_YEARS), r.get(PERSON.AGE_ON), minorOn);
        Integer age = birth == null ? null : Period.between(birth, minorOn).getYears();
        boolean recorded = r.get(VICTIM_PROTECTION.ID) != null;
        LocalDate fallbackOn = identified != null ? identified : r.get(CASE_ROLE.CREATED_AT).toLocalDate();
        ProtectionStatus status = recorded ? ProtectionStatus.valueOf(r.get(VICTIM_PROTECTION.STATUS))
                : ProtectionStatus.IDENTIFIED;
        LocalDate statusOn = recorded ? r.get(VICTIM_PROTECTION.STATUS_ON) : fallbackOn;
        LocalDate followUp = r.get(VICTIM_PROTECTION.FOLLOW_UP_ON);
        Guardian guardian = new Guardian(r.get(VICTIM_PROTECTION.GUARDIAN_NAME),
                r.get(VICTIM_PROTECTION.GUARDIAN_RELATION), r.get(VICTIM_PROTECTION.GUARDIAN_CONTACT));
        if (!ctx.isRevealed(personId) && guardian.present()) { // a guardian's name and contact reach the victim
            guardian = new Guardian(org.vigia.service.persons.Masking.HIDDEN, guardian.relation(),
                    guardian.contact() == null ? null : org.vigia.service.persons.Masking.HIDDEN);
        }
        return new VictimProtection(linkId, personId,
                VictimRows.displayName(ctx, personId, r.get(PERSON.GIVEN_NAMES), r.get(PERSON.FAMILY_NAMES)),
                r.get(CASE_ROLE.CASE_ID), r.get(CASE_FILE.CASE_NUMBER), VictimRows.gender(r.get(PERSON.GENDER)),
                minor, age, identified, status, statusOn, followUp, r.get(VICTIM_PROTECTION.FOLLOW_UP_NOTE),
                followUp != null && followUp.isBefore(today), guardian,
                recorded ? r.get(VICTIM_PROTECTION.VERSION) : VictimProtection.NOT_RECORDED, entries(dsl, linkId),
                !ctx.isRevealed(personId));
    }

    /** The history of a link in the order it was recorded, each entry marked with the entry that corrected it. */
    static List<ProtectionEntry> entries(DSLContext dsl, UUID linkId) {
        var e = PROTECTION_ENTRY;
        var rows = dsl.selectFrom(e).where(e.CASE_ROLE_ID.eq(linkId).and(e.DELETED_AT.isNull())).orderBy(e.SEQ_NO)
                .fetch();
        Map<UUID, UUID> correctedBy = new HashMap<>();
        rows.forEach(x -> {
            if (x.getCorrectsEntryId() != null) {
                correctedBy.put(x.getCorrectsEntryId(), x.getId());
            }
        });
        return rows.map(x -> new ProtectionEntry(x.getId(), x.getCaseRoleId(), x.getSeqNo(),
                ProtectionStatus.valueOf(x.getStatus()), x.getEntryOn(), x.getNote(), x.getFollowUpOn(),
                x.getCorrectsEntryId(), x.getReason(), correctedBy.get(x.getId()), x.getCreatedBy(),
                x.getCreatedAt().toInstant()));
    }
}
