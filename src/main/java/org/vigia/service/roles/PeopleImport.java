package org.vigia.service.roles;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.CaseRoleRecord;
import org.vigia.model.Ages;
import org.vigia.model.CaseRole;
import org.vigia.model.FieldError;
import org.vigia.model.Permission;
import org.vigia.model.Person;
import org.vigia.model.RoleLink;
import org.vigia.model.ValidationException;
import org.vigia.service.ServiceContext;
import org.vigia.service.audit.AuditService;
import org.vigia.service.imports.ImportKind;
import org.vigia.service.imports.ImportNotice;
import org.vigia.service.imports.ImportRow;
import org.vigia.service.persons.PersonKeys;
import org.vigia.service.persons.PersonWrites;

/**
 * The people file of the CSV import (docs/import-csv.md): one row is one person ({@code
 * person_ref}) and optionally one role of that person in one case ({@code external_ref} names
 * the link). Rows sharing a person_ref are one person: the first row gives the person's columns;
 * on later rows each person column is empty or identical to the first row's. Rows are checked by the editor's rules
 * ({@code PersonValidation}, {@link RoleValidation}); a document number already on another
 * person is imported with a notice (a possible duplicate), never refused.
 */
final class PeopleImport implements ImportKind<PeopleImport.Row> {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /**
     * A checked row. {@code person} is null when the row leaves the person columns empty (the
     * person of an earlier row or of the database); {@code link} is null when the row names no case.
     */
    record Row(String ref, String personRef, Person person, Map<String, String> personValues, UUID existingPersonId,
               Person storedPerson, RoleLink link, UUID existingLinkId, Boolean minor) {
    }

    /** The first row of a person in the file. */
    private record First(long line, Map<String, String> values, Person person) {
    }

    private final ServiceContext ctx;
    private final PersonWrites persons;
    private final PeopleLinks links;
    private final Map<String, First> firsts = new HashMap<>();
    private final Map<String, Long> linksSeen = new HashMap<>();
    private final Map<String, long[]> documentsSeen = new HashMap<>();
    private final Map<String, String> documentOwner = new HashMap<>();
    private final Map<String, UUID> written = new HashMap<>();

    PeopleImport(ServiceContext ctx, AuditService audit, PeopleLinks links) {
        this.ctx = ctx;
        this.persons = new PersonWrites(ctx, audit);
        this.links = links;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public Permission permission() {
        return Permission.CASE_WRITE;
    }

    @Override
    public List<String> requiredColumns() {
        return PeopleColumns.REQUIRED;
    }

    @Override
    public List<String> optionalColumns() {
        return PeopleColumns.OPTIONAL;
    }

    @Override
    public Row parse(DSLContext dsl, ImportRow row) {
        PeopleColumns c = new PeopleColumns(row);
        List<FieldError> errors = c.errors;
        String ref = row.get(EXTERNAL_REF);
        String personRef = row.get(PeopleColumns.PERSON_REF);
        PersonWrites.ByRef stored = null;
        if (personRef == null || personRef.isEmpty()) {
            errors.add(FieldError.of(PeopleColumns.PERSON_REF, "validation.required"));
        } else if (personRef.length() > REF_MAX) {
            errors.add(FieldError.of(PeopleColumns.PERSON_REF, "validation.tooLong", REF_MAX));
        } else if (CONTROL.matcher(personRef).find()) {
            errors.add(FieldError.of(PeopleColumns.PERSON_REF, "validation.controlChars"));
        } else {
            stored = persons.byRef(dsl, personRef);
            if (stored != null && stored.deleted()) {
                errors.add(FieldError.of(PeopleColumns.PERSON_REF, "error.import.people.personDeleted", personRef));
            }
        }
        UUID personId = stored == null || stored.deleted() ? null : stored.id();
        Person person = null;
        First first = personRef == null ? null : firsts.get(personRef);
        boolean later = first != null && first.line() < row.line();
        if (!later && c.anyGiven(PeopleColumns.PERSON)) {
            person = PersonWrites.normalise(c.person());
            try {
                PersonWrites.validate(person, ctx.clock());
            } catch (ValidationException e) {
                addNamed(errors, e);
            }
        }
        Boolean minor = c.minor();
        Person storedPerson = person == null && !later && minor != null && personId != null ? PersonWrites.read(dsl, personId) : null;
        RoleLink link = null;
        UUID linkId = null;
        List<String> roleColumns = new ArrayList<>(List.of(PeopleColumns.ROLE, "role_note"));
        roleColumns.addAll(PeopleColumns.SUSPECT);
        roleColumns.addAll(PeopleColumns.VICTIM);
        roleColumns.addAll(PeopleColumns.MIGRANT);
        if (row.blank(PeopleColumns.CASE)) {
            if (c.anyGiven(roleColumns)) {
                errors.add(FieldError.of(PeopleColumns.CASE, "error.import.people.caseForRole"));
            }
        } else {
            CaseRole role = c.role();
            if (role == null && row.blank(PeopleColumns.ROLE)) {
                errors.add(FieldError.of(PeopleColumns.ROLE, "validation.required"));
            }
            UUID caseId = links.caseByNumber(dsl, row.get(PeopleColumns.CASE));
            if (caseId == null) {
                errors.add(FieldError.of(PeopleColumns.CASE, "error.import.people.noCase", row.get(PeopleColumns.CASE)));
            }
            link = RoleRecords.normalise(new RoleLink(null, 0, caseId, personId, role, row.raw("role_note"),
                    c.suspect(role), c.victim(role), c.migrant(role), null, null, null));
            try {
                UUID placeholder = new UUID(0, 0);
                RoleValidation.validate(new RoleLink(null, 0, placeholder, placeholder, link.role(), link.note(),
                        link.suspect(), link.victim(), link.migrant(), null, null, null), ctx.clock());
            } catch (ValidationException e) {
                addNamed(errors, e);
            }
            linkId = existingLink(dsl, ref, link, personId, errors);
            if (caseId != null && personId != null && role != null && links.duplicate(dsl, caseId, personId, role, linkId)) {
                errors.add(FieldError.of(PeopleColumns.ROLE, "error.role.duplicate"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Row(ref, personRef, person, c.personValues(), personId, storedPerson, link, linkId, minor);
    }

    /** The link the reference names (null: a new one); its case, person, role and status cannot change here. */
    private UUID existingLink(DSLContext dsl, String ref, RoleLink link, UUID personId, List<FieldError> errors) {
        if (ref == null || ref.isEmpty()) {
            return null;
        }
        CaseRoleRecord r = links.byRef(dsl, ref);
        if (r == null) {
            return null;
        }
        if (r.getDeletedAt() != null) {
            errors.add(FieldError.of(EXTERNAL_REF, "error.import.people.linkDeleted", ref));
        } else if (!r.getCaseId().equals(link.caseId()) || !r.getPersonId().equals(personId)
                || link.role() == null || !r.getRole().equals(link.role().name())) {
            errors.add(FieldError.of(EXTERNAL_REF, "error.import.people.linkFixed", ref));
        } else if (!Objects.equals(r.getTraffickingStatus(),
                link.victim() == null ? null : RoleRecords.name(link.victim().status()))) {
            errors.add(FieldError.of("trafficking_status", "error.role.useReclassify"));
        }
        return r.getId();
    }

    private static void addNamed(List<FieldError> errors, ValidationException e) {
        for (FieldError f : e.errors()) {
            String column = PeopleColumns.column(f.field());
            if (errors.stream().noneMatch(x -> x.field().equals(column))) {
                errors.add(new FieldError(column, f.key(), f.args()));
            }
        }
    }

    @Override
    public List<FieldError> clashes(Row value, ImportRow row) {
        List<FieldError> errors = new ArrayList<>();
        First first = firsts.get(value.personRef());
        if (first != null) {
            for (var e : value.personValues().entrySet()) {
                if (!e.getValue().isEmpty() && !e.getValue().equals(first.values().get(e.getKey()))) {
                    errors.add(FieldError.of(e.getKey(), "error.import.people.personDiffers", value.personRef(), first.line()));
                }
            }
        }
        if (value.person() == null && first == null && value.existingPersonId() == null) {
            errors.add(FieldError.of(PeopleColumns.PERSON_REF, "error.import.people.noPerson", value.personRef()));
        }
        String linkKey = null;
        if (value.link() != null) {
            linkKey = value.personRef() + "\n" + value.link().caseId() + "\n" + value.link().role();
            Long seen = linksSeen.get(linkKey);
            if (seen != null) {
                errors.add(FieldError.of(PeopleColumns.ROLE, "error.import.people.repeatedRole", seen));
            }
        }
        Person basis = first != null ? first.person() : value.person() != null ? value.person() : value.storedPerson();
        if (value.minor() != null && basis != null) {
            minorCheck(value, basis, errors);
        }
        if (errors.isEmpty()) {
            if (value.person() != null && first == null) {
                firsts.put(value.personRef(), new First(row.line(), value.personValues(), value.person()));
            }
            if (linkKey != null) {
                linksSeen.put(linkKey, row.line());
            }
        }
        return errors;
    }

    /** "minor" must agree with the age on the identification date (today when the row has none). */
    private void minorCheck(Row value, Person p, List<FieldError> errors) {
        LocalDate on = value.link() == null ? null : RoleQueries.identificationDate(value.link());
        if (on == null) {
            on = LocalDate.now(ctx.clock());
        }
        Boolean minor = Ages.minorOn(p.birthDate(), p.ageYears(), p.ageOn(), on);
        if (minor == null || minor.equals(value.minor())) {
            return;
        }
        boolean saysMinor = value.minor();
        if (p.birthDate() != null) {
            errors.add(FieldError.of(PeopleColumns.MINOR,
                    saysMinor ? "error.import.people.saysMinor" : "error.import.people.saysAdult",
                    p.birthDate().toString(), Period.between(p.birthDate(), on).getYears(), on.toString()));
        } else {
            errors.add(FieldError.of(PeopleColumns.MINOR,
                    saysMinor ? "error.import.people.saysMinorAge" : "error.import.people.saysAdultAge",
                    p.ageYears(), p.ageOn().toString(), on.toString()));
        }
    }

    @Override
    public List<ImportNotice> notices(Row value, ImportRow row) {
        First first = firsts.get(value.personRef());
        if (value.person() == null || first == null || first.line() != row.line()) {
            return List.of();
        }
        List<ImportNotice> notices = new ArrayList<>();
        for (UUID other : PersonWrites.sameDocument(ctx.dsl(), value.person(), value.existingPersonId())) {
            notices.add(ImportNotice.of(row, "import.people.notice.sameDocument", other.toString()));
        }
        for (var d : value.person().documents()) {
            String number = PersonKeys.documentNorm(d.number());
            String owner = documentOwner.putIfAbsent(number, value.personRef());
            if (owner != null && !owner.equals(value.personRef())) {
                notices.add(ImportNotice.of(row, "import.people.notice.sameDocumentInFile", documentsSeen.get(number)[0]));
            } else if (owner == null) {
                documentsSeen.put(number, new long[] {row.line()});
            }
        }
        return notices;
    }

    @Override
    public Outcome write(DSLContext tx, Row value) {
        boolean created = false;
        boolean updated = false;
        UUID personId = written.get(value.personRef());
        if (personId == null) {
            if (value.person() == null) {
                personId = value.existingPersonId();
            } else if (value.existingPersonId() == null) {
                personId = persons.create(tx, value.person(), value.personRef());
                created = true;
            } else {
                personId = value.existingPersonId();
                updated = persons.update(tx, personId, value.person());
            }
            written.put(value.personRef(), personId);
        }
        if (value.link() != null) {
            if (value.existingLinkId() == null) {
                links.create(tx, value.link(), personId, value.ref());
                created = true;
            } else {
                updated |= links.update(tx, value.existingLinkId(), value.link());
            }
        }
        return created ? Outcome.CREATED : updated ? Outcome.UPDATED : Outcome.UNCHANGED;
    }
}
