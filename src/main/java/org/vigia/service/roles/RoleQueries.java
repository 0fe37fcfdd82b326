package org.vigia.service.roles;

import static org.vigia.db.schema.Tables.CASE_FILE;
import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.CASE_ROLE_RECLASSIFICATION;
import static org.vigia.db.schema.Tables.PERSON;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.vigia.db.schema.tables.records.CaseRoleRecord;
import org.vigia.model.Ages;
import org.vigia.model.CasePerson;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.Gender;
import org.vigia.model.PersonCaseRole;
import org.vigia.model.Reclassification;
import org.vigia.model.RoleLink;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.VigiaException;
import org.vigia.service.persons.Masking;

/** The reads of role links: one link, a person's cases, a case's people, a link's history. */
final class RoleQueries {
    private RoleQueries() {
    }

    /** A live link with its computed minor flag; "not found" when absent or removed. */
    static RoleLink read(DSLContext dsl, UUID id) {
        Record r = dsl.select(CASE_ROLE.fields()).select(PERSON.BIRTH_DATE, PERSON.AGE_YEARS, PERSON.AGE_ON)
                .from(CASE_ROLE).join(PERSON).on(PERSON.ID.eq(CASE_ROLE.PERSON_ID))
                .where(CASE_ROLE.ID.eq(id).and(CASE_ROLE.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            throw new VigiaException("error.role.notFound");
        }
        return link(r);
    }

    private static RoleLink link(Record r) {
        CaseRoleRecord row = r.into(CASE_ROLE);
        RoleLink plain = RoleRecords.toModel(row, null);
        LocalDate on = identificationDate(plain);
        Boolean minor = on == null ? null : Ages.minorOn(r.get(PERSON.BIRTH_DATE), r.get(PERSON.AGE_YEARS),
                r.get(PERSON.AGE_ON), on);
        return RoleRecords.toModel(row, minor);
    }

    /** A victim's identification date, a migrant's detection date (each the other's fallback). */
    static LocalDate identificationDate(RoleLink l) {
        LocalDate identified = l.victim() == null ? null : l.victim().identifiedOn();
        LocalDate detected = l.migrant() == null ? null : l.migrant().detectedOn();
        if (l.role() == CaseRole.VICTIM) {
            return identified != null ? identified : detected;
        }
        if (l.role() == CaseRole.SMUGGLED_MIGRANT) {
            return detected != null ? detected : identified;
        }
        return null;
    }

    /** The live links of a live person to live cases: newest case first, then by role. */
    static List<PersonCaseRole> ofPerson(DSLContext dsl, UUID personId) {
        return dsl.select(CASE_ROLE.ID, CASE_ROLE.CASE_ID, CASE_FILE.CASE_NUMBER, CASE_FILE.TITLE, CASE_ROLE.ROLE,
                        CASE_ROLE.TRAFFICKING_STATUS, CASE_FILE.OPENED_ON)
                .from(CASE_ROLE).join(CASE_FILE).on(CASE_FILE.ID.eq(CASE_ROLE.CASE_ID))
                .where(CASE_ROLE.PERSON_ID.eq(personId).and(CASE_ROLE.DELETED_AT.isNull())
                        .and(CASE_FILE.DELETED_AT.isNull()))
                .orderBy(CASE_FILE.OPENED_ON.desc(), CASE_FILE.CASE_NUMBER_NORM, CASE_ROLE.ID)
                .fetch().stream()
                .map(r -> {
                    CaseRole role = CaseRole.valueOf(r.value5());
                    return new PersonCaseRole(r.value1(), r.value2(), r.value3(), r.value4(), role,
                            Classification.of(role, RoleRecords.code(TraffickingStatus.class, r.value6())));
                })
                .collect(Collectors.groupingBy(PersonCaseRole::caseId, LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .flatMap(roles -> roles.stream().sorted(Comparator.comparing(PersonCaseRole::role)))
                .toList();
    }

    /**
     * The live links of a case to live persons: by role, then by name; the persons in
     * {@code hidden(ids)} show as their pseudonym, after the named ones of their role.
     */
    static List<CasePerson> inCase(DSLContext dsl, UUID caseId, LocalDate today,
                                   java.util.function.Function<List<UUID>, java.util.Set<UUID>> hidden) {
        var rows = dsl.select(CASE_ROLE.fields())
                .select(PERSON.BIRTH_DATE, PERSON.AGE_YEARS, PERSON.AGE_ON, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAMES,
                        PERSON.GENDER, PERSON.BIRTH_YEAR, PERSON.NAME_NORM)
                .from(CASE_ROLE).join(PERSON).on(PERSON.ID.eq(CASE_ROLE.PERSON_ID))
                .where(CASE_ROLE.CASE_ID.eq(caseId).and(CASE_ROLE.DELETED_AT.isNull()).and(PERSON.DELETED_AT.isNull()))
                .orderBy(PERSON.NAME_NORM, PERSON.ID, CASE_ROLE.ID)
                .fetch();
        java.util.Set<UUID> masked = hidden.apply(rows.getValues(CASE_ROLE.PERSON_ID));
        return rows.stream()
                .map(r -> {
                    RoleLink l = link(r);
                    LocalDate on = identificationDate(l);
                    Boolean minor = Ages.minorOn(r.get(PERSON.BIRTH_DATE), r.get(PERSON.AGE_YEARS),
                            r.get(PERSON.AGE_ON), on == null ? today : on);
                    boolean mask = masked.contains(l.personId());
                    String name = Masking.name(l.personId(), r.get(PERSON.GIVEN_NAMES), r.get(PERSON.FAMILY_NAMES), mask);
                    return new CasePerson(l, l.personId(), name,
                            RoleRecords.code(Gender.class, r.get(PERSON.GENDER)), r.get(PERSON.BIRTH_YEAR), minor, mask);
                })
                // by role; in a role the hidden victims last, by pseudonym (their place among the
                // names would tell their family name)
                .sorted(Comparator.comparing((CasePerson p) -> p.link().role())
                        .thenComparing(p -> p.masked() ? p.fullName() : ""))
                .toList();
    }

    /** The classification decisions of a link, oldest first. */
    static List<Reclassification> history(DSLContext dsl, UUID linkId) {
        var h = CASE_ROLE_RECLASSIFICATION;
        return dsl.selectFrom(h).where(h.CASE_ROLE_ID.eq(linkId).and(h.DELETED_AT.isNull())).orderBy(h.SEQ_NO)
                .fetch(r -> new Reclassification(r.getId(), r.getCaseRoleId(),
                        r.getFromRole() == null ? null : Classification.of(CaseRole.valueOf(r.getFromRole()),
                                RoleRecords.code(TraffickingStatus.class, r.getFromStatus())),
                        Classification.of(CaseRole.valueOf(r.getToRole()),
                                RoleRecords.code(TraffickingStatus.class, r.getToStatus())),
                        RoleRecords.code(DecidingOrganization.class, r.getDecidedBy()), r.getDecidedOn(),
                        r.getReason(), r.getCreatedBy(), r.getCreatedAt().toInstant()));
    }
}
