package org.vigia.service.persons;

import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.PERSON_DOCUMENT;
import static org.vigia.db.schema.Tables.PERSON_NAME_KEY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.PersonRecord;
import org.vigia.model.ConflictException;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Permission;
import org.vigia.model.Person;
import org.vigia.model.PersonMatch;
import org.vigia.model.PersonQuery;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;
import org.vigia.service.access.Access;
import org.vigia.service.audit.AuditService;

/**
 * Persons, each stored once: create, change, read, search, and the likely existing matches of a
 * person being typed (so that nobody is entered twice). Names in the audit chain are never
 * written: events name the person by id only. A victim whose identity is hidden from the
 * signed-in account reads as {@link Masking#hide hidden} everywhere (found by their real name
 * all the same, so that duplicates are still caught) and cannot be changed until revealed.
 */
public final class PersonService {
    public static final int MAX_PAGE = 1_000;
    private final ServiceContext ctx;
    private final AuditService audit;
    private final Access access;
    private final PersonMatcher matcher;

    public PersonService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
        this.access = audit.access();
        this.matcher = new PersonMatcher(ctx);
    }

    public Person create(Person draft) {
        access.require(Permission.CASE_WRITE);
        Person clean = PersonRecords.normalise(draft);
        PersonValidation.validate(clean, ctx.clock());
        return ctx.dsl().transactionResult(cfg -> insert(cfg.dsl(), clean));
    }

    /**
     * {@link #create(Person)} inside a transaction the caller holds ({@code tx}), with the same
     * checks, rows and audit event: for a write that creates a person among other rows, all or nothing.
     */
    public Person createIn(DSLContext tx, Person draft) {
        access.require(Permission.CASE_WRITE);
        Person clean = PersonRecords.normalise(draft);
        PersonValidation.validate(clean, ctx.clock());
        return insert(tx, clean);
    }

    private Person insert(DSLContext tx, Person clean) {
        UUID id = Ids.next();
        PersonRecord r = tx.newRecord(PERSON);
        RowStamps.created(r, id, ctx);
        PersonRecords.fill(r, clean);
        r.insert();
        writeDetails(tx, id, clean);
        audit.append(tx, "PERSON_CREATE", "person", id, "person " + id + " created");
        return read(tx, id);
    }

    /**
     * Saves changes; refused if someone changed the person since {@code edited.version()}, and
     * for a victim whose identity is hidden (the form would hold the pseudonym, not the names).
     */
    public Person update(Person edited) {
        access.require(Permission.CASE_WRITE);
        if (edited.id() != null && Masking.masked(ctx.dsl(), ctx, edited.id())) {
            throw new VigiaException("identity.revealToEdit"); // what the form holds is the pseudonym
        }
        Person clean = PersonRecords.normalise(edited);
        PersonValidation.validate(clean, ctx.clock());
        return ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            PersonRecord r = tx.selectFrom(PERSON).where(PERSON.ID.eq(clean.id())).forUpdate().fetchOptional()
                    .filter(x -> x.getDeletedAt() == null)
                    .orElseThrow(() -> new VigiaException("error.person.notFound"));
            if (Masking.masked(tx, ctx, clean.id())) {
                throw new VigiaException("identity.revealToEdit");
            }
            if (r.getVersion() != clean.version()) {
                throw new ConflictException(r.getGivenNames() + " " + r.getFamilyNames());
            }
            PersonRecords.fill(r, clean);
            RowStamps.changed(r, clean.version(), ctx);
            r.store();
            tx.deleteFrom(PERSON_DOCUMENT).where(PERSON_DOCUMENT.PERSON_ID.eq(clean.id())).execute();
            deleteKeys(tx, clean.id());
            writeDetails(tx, clean.id(), clean);
            audit.append(tx, "PERSON_UPDATE", "person", clean.id(), "person " + clean.id() + " changed");
            return shown(tx, read(tx, clean.id()));
        });
    }

    /** Whether the signed-in account holds {@code permission} (to offer only what it may do). */
    public boolean allows(Permission permission) {
        return access.allows(permission);
    }

    /** The person, {@link Masking#hide hidden} when a victim not revealed to the signed-in account. */
    public Person get(UUID id) {
        access.require(Permission.CASE_READ);
        return shown(ctx.dsl(), read(ctx.dsl(), id));
    }

    /** Whether the identity of {@code id} is hidden from the signed-in account (a victim not revealed). */
    public boolean isMasked(UUID id) {
        access.require(Permission.CASE_READ);
        return Masking.masked(ctx.dsl(), ctx, id);
    }

    /** A page of persons whose name, alias or document number starts with {@code text}, by name. */
    public List<Person> page(String text, int offset, int limit) {
        return page(PersonQuery.text(text), offset, limit);
    }

    /**
     * A page of the persons {@code query} finds, by family then given names; on each page the
     * hidden victims come last, by pseudonym.
     */
    public List<Person> page(PersonQuery query, int offset, int limit) {
        access.require(Permission.CASE_READ);
        List<UUID> ids = ctx.dsl().select(PERSON.ID).from(PERSON).where(PersonSearch.of(query))
                .orderBy(PERSON.NAME_NORM, PERSON.ID).offset(Math.max(0, offset))
                .limit(Math.max(0, Math.min(limit, MAX_PAGE))).fetch(PERSON.ID);
        Set<UUID> hidden = Masking.masked(ctx.dsl(), ctx, ids);
        List<Person> people = new ArrayList<>();
        List<Person> masked = new ArrayList<>();
        for (UUID id : ids) {
            Person p = read(ctx.dsl(), id);
            if (hidden.contains(id)) {
                masked.add(Masking.hide(p));
            } else {
                people.add(p);
            }
        }
        // hidden persons last, by pseudonym: their place among the names would tell their family name
        masked.sort(java.util.Comparator.comparing(Person::familyNames));
        people.addAll(masked);
        return people;
    }

    public long count(String text) {
        return count(PersonQuery.text(text));
    }

    public long count(PersonQuery query) {
        access.require(Permission.CASE_READ);
        return ctx.dsl().fetchCount(PERSON, PersonSearch.of(query));
    }

    /**
     * Existing persons who may be {@code draft} (its own id excluded), likeliest first, with why
     * each matches: the same document, names that sound alike with the same year of birth,
     * similar names with a shared citizenship.
     */
    public List<PersonMatch> matches(Person draft, int limit) {
        access.require(Permission.CASE_READ);
        return matcher.matches(PersonRecords.normalise(draft), limit);
    }

    private Person shown(DSLContext dsl, Person p) {
        return Masking.masked(dsl, ctx, p.id()) ? Masking.hide(p) : p;
    }

    private void writeDetails(DSLContext tx, UUID id, Person p) {
        PersonWrites.details(tx, ctx, id, p);
    }

    /** The phonetic keys and key pairs of a live person, by which matches are found. */
    static void writeKeys(DSLContext tx, UUID id, Person p) {
        var pairTable = org.vigia.db.schema.Tables.PERSON_NAME_PAIR;
        for (String pair : PersonKeys.pairs(p.givenNames(), p.familyNames())) {
            tx.insertInto(pairTable, pairTable.PAIR_KEY, pairTable.PERSON_ID).values(pair, id).execute();
        }
        Set<String> keys = PersonKeys.phonetic(PersonRecords.names(p));
        for (String key : keys) {
            tx.insertInto(PERSON_NAME_KEY, PERSON_NAME_KEY.NAME_KEY, PERSON_NAME_KEY.PERSON_ID, PERSON_NAME_KEY.BIRTH_YEAR)
                    .values(key, id, p.birthYear()).execute();
        }
    }

    /** Removes a person's matching keys (a person merged away is no longer a match). */
    static void deleteKeys(DSLContext tx, UUID id) {
        tx.deleteFrom(PERSON_NAME_KEY).where(PERSON_NAME_KEY.PERSON_ID.eq(id)).execute();
        var pairTable = org.vigia.db.schema.Tables.PERSON_NAME_PAIR;
        tx.deleteFrom(pairTable).where(pairTable.PERSON_ID.eq(id)).execute();
    }

    static Person read(DSLContext dsl, UUID id) {
        PersonRecord r = dsl.selectFrom(PERSON).where(PERSON.ID.eq(id).and(PERSON.DELETED_AT.isNull())).fetchOptional()
                .orElseThrow(() -> new VigiaException("error.person.notFound"));
        Map<UUID, List<IdentityDocument>> docs = dsl.selectFrom(PERSON_DOCUMENT)
                .where(PERSON_DOCUMENT.PERSON_ID.eq(id).and(PERSON_DOCUMENT.DELETED_AT.isNull()))
                .orderBy(PERSON_DOCUMENT.CREATED_AT, PERSON_DOCUMENT.ID).fetch().stream()
                .collect(Collectors.groupingBy(d -> d.getPersonId(),
                        Collectors.mapping(PersonRecords::document, Collectors.toList())));
        return PersonRecords.toModel(r, docs.getOrDefault(id, List.of()));
    }
}
