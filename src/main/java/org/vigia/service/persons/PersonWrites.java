package org.vigia.service.persons;

import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.PERSON_DOCUMENT;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.PersonRecord;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Person;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.audit.AuditService;

/**
 * Person writes inside a transaction someone else holds (the CSV import writes a whole file in
 * one): the same rows, phonetic keys and audit events (ids only) as {@link PersonService}, with
 * no permission check and no transaction of their own: the caller checked and holds both.
 */
public final class PersonWrites {
    private final ServiceContext ctx;
    private final AuditService audit;

    public PersonWrites(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
    }

    /** Trims and cases the fields as the service does before checking them. */
    public static Person normalise(Person p) {
        return PersonRecords.normalise(p);
    }

    /** The editor's rules; a {@link org.vigia.model.ValidationException} names the model's fields. */
    public static void validate(Person clean, Clock clock) {
        PersonValidation.validate(clean, clock);
    }

    /** The live person whose external reference is {@code ref}: its id and whether it is deleted; null when none. */
    public record ByRef(UUID id, boolean deleted) {
    }

    public ByRef byRef(DSLContext dsl, String ref) {
        var r = dsl.select(PERSON.ID, PERSON.DELETED_AT).from(PERSON)
                .where(PERSON.SITE_ID.eq(ctx.siteId()).and(PERSON.EXTERNAL_REF.eq(ref))).fetchOne();
        return r == null ? null : new ByRef(r.value1(), r.value2() != null);
    }

    /** A live person as the service reads it. */
    public static Person read(DSLContext dsl, UUID id) {
        return PersonService.read(dsl, id);
    }

    /** Live persons other than {@code except} holding one of the document numbers of {@code p}. */
    public static List<UUID> sameDocument(DSLContext dsl, Person p, UUID except) {
        Set<String> numbers = p.documents().stream().map(d -> PersonKeys.documentNorm(d.number()))
                .filter(n -> !n.isEmpty()).collect(Collectors.toSet());
        if (numbers.isEmpty()) {
            return List.of();
        }
        var where = PERSON_DOCUMENT.NUMBER_NORM.in(numbers).and(PERSON_DOCUMENT.DELETED_AT.isNull())
                .and(PERSON.DELETED_AT.isNull());
        if (except != null) {
            where = where.and(PERSON.ID.ne(except));
        }
        return dsl.selectDistinct(PERSON.ID).from(PERSON_DOCUMENT).join(PERSON).on(PERSON.ID.eq(PERSON_DOCUMENT.PERSON_ID))
                .where(where).orderBy(PERSON.ID).fetch(PERSON.ID);
    }

    /** Creates a checked person with its external reference; returns its id. */
    public UUID create(DSLContext tx, Person clean, String externalRef) {
        UUID id = Ids.next();
        PersonRecord r = tx.newRecord(PERSON);
        RowStamps.created(r, id, ctx);
        PersonRecords.fill(r, clean);
        r.setExternalRef(externalRef);
        r.insert();
        details(tx, ctx, id, clean);
        audit.append(tx, "PERSON_CREATE", "person", id, "person " + id + " created (import)");
        return id;
    }

    /** Replaces the fields of live person {@code id} with {@code clean} when any differs; false when equal. */
    public boolean update(DSLContext tx, UUID id, Person clean) {
        PersonRecord r = tx.selectFrom(PERSON).where(PERSON.ID.eq(id)).forUpdate().fetchOne();
        if (same(read(tx, id), clean)) {
            return false;
        }
        PersonRecords.fill(r, clean);
        RowStamps.changed(r, r.getVersion(), ctx);
        r.store();
        tx.deleteFrom(PERSON_DOCUMENT).where(PERSON_DOCUMENT.PERSON_ID.eq(id)).execute();
        PersonService.deleteKeys(tx, id);
        details(tx, ctx, id, clean);
        audit.append(tx, "PERSON_UPDATE", "person", id, "person " + id + " changed (import)");
        return true;
    }

    /** Whether two persons hold the same values (ids, versions and document ids aside). */
    public static boolean same(Person a, Person b) {
        return plain(a).equals(plain(b));
    }

    private static Person plain(Person p) {
        List<IdentityDocument> docs = p.documents().stream()
                .map(d -> new IdentityDocument(null, d.type(), d.number(), d.issuingCountry(), d.expiresOn())).toList();
        return new Person(null, 0, p.givenNames() == null ? "" : p.givenNames(),
                p.familyNames() == null ? "" : p.familyNames(), p.aliases(), p.gender(), p.birthDate(),
                p.birthDateEstimated(), p.ageYears(), p.ageOn(), p.citizenships(), p.languages(), docs,
                p.contact(), p.notes());
    }

    /** Documents and matching keys of a live person. */
    static void details(DSLContext tx, ServiceContext ctx, UUID id, Person p) {
        for (IdentityDocument d : p.documents()) {
            var r = tx.newRecord(PERSON_DOCUMENT);
            RowStamps.created(r, Ids.next(), ctx);
            r.setPersonId(id);
            r.setDocType(d.type().name());
            r.setNumber(d.number());
            r.setNumberNorm(PersonKeys.documentNorm(d.number()));
            r.setIssuingCountry(d.issuingCountry());
            r.setExpiresOn(d.expiresOn());
            r.insert();
        }
        PersonService.writeKeys(tx, id, p);
    }
}
