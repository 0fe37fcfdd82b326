package org.vigia.service.watchlists;

import static org.vigia.db.schema.Tables.WATCH_DOCUMENT;
import static org.vigia.db.schema.Tables.WATCH_PERSON;
import static org.vigia.db.schema.Tables.WATCH_PERSON_KEY;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.vigia.service.Ids;

/**
 * Writes the entries of an IMPORTING version in batches, each batch in its own transaction (a
 * million rows never sit in one transaction nor in memory), and removes a version's entries the
 * same way. The version stays invisible to checks until it is made CURRENT.
 */
final class VersionWriter {
    static final int BATCH = 2_000;
    private final DSLContext dsl;
    private final UUID versionId;
    private final List<Entries.Person> persons = new ArrayList<>();
    private final List<Entries.Document> documents = new ArrayList<>();
    private long written;

    VersionWriter(DSLContext dsl, UUID versionId) {
        this.dsl = dsl;
        this.versionId = versionId;
    }

    void add(Entries.Person p) {
        persons.add(p);
        if (persons.size() >= BATCH) {
            flush();
        }
    }

    void add(Entries.Document d) {
        documents.add(d);
        if (documents.size() >= BATCH) {
            flush();
        }
    }

    /** Entries written so far. */
    long written() {
        return written + persons.size() + documents.size();
    }

    void flush() {
        if (persons.isEmpty() && documents.isEmpty()) {
            return;
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!persons.isEmpty()) {
                writePersons(tx);
            }
            if (!documents.isEmpty()) {
                writeDocuments(tx);
            }
        });
        written += persons.size() + documents.size();
        persons.clear();
        documents.clear();
    }

    private void writePersons(DSLContext tx) {
        BatchBindStep rows = tx.batch(tx.insertInto(WATCH_PERSON, WATCH_PERSON.ID, WATCH_PERSON.VERSION_ID,
                WATCH_PERSON.LINE_NO, WATCH_PERSON.GIVEN_NAMES, WATCH_PERSON.FAMILY_NAMES, WATCH_PERSON.NAME_NORM,
                WATCH_PERSON.BIRTH_DATE, WATCH_PERSON.NATIONALITY, WATCH_PERSON.NOTICE_TYPE, WATCH_PERSON.NOTICE_REF)
                .values((UUID) null, null, null, null, null, null, null, null, null, null));
        BatchBindStep keys = tx.batch(tx.insertInto(WATCH_PERSON_KEY, WATCH_PERSON_KEY.VERSION_ID,
                WATCH_PERSON_KEY.NAME_KEY, WATCH_PERSON_KEY.BIRTH_DATE, WATCH_PERSON_KEY.PERSON_ID)
                .values((UUID) null, null, null, null));
        int keyCount = 0;
        for (Entries.Person p : persons) {
            UUID id = Ids.next();
            rows.bind(id, versionId, (int) p.line(), p.givenNames(), p.familyNames(), p.nameNorm(), p.birthDate(),
                    p.nationality(), p.noticeType(), p.noticeRef());
            for (String key : NameKeys.of(p.givenNames(), p.familyNames())) {
                keys.bind(versionId, key, p.birthDate(), id);
                keyCount++;
            }
        }
        rows.execute();
        if (keyCount > 0) {
            keys.execute();
        }
    }

    private void writeDocuments(DSLContext tx) {
        BatchBindStep rows = tx.batch(tx.insertInto(WATCH_DOCUMENT, WATCH_DOCUMENT.ID, WATCH_DOCUMENT.VERSION_ID,
                WATCH_DOCUMENT.LINE_NO, WATCH_DOCUMENT.DOC_NUMBER, WATCH_DOCUMENT.DOC_NUMBER_NORM,
                WATCH_DOCUMENT.DOC_TYPE, WATCH_DOCUMENT.DOC_COUNTRY, WATCH_DOCUMENT.REPORTED_AS)
                .values((UUID) null, null, null, null, null, null, null, null));
        for (Entries.Document d : documents) {
            rows.bind(Ids.next(), versionId, (int) d.line(), d.number(), d.numberNorm(), d.type().name(), d.country(),
                    d.reportedAs());
        }
        rows.execute();
    }

    /** Removes every entry of {@code versionId} (a refused, cancelled or crashed import), batch by batch. */
    static void removeEntries(DSLContext dsl, UUID versionId) {
        while (true) {
            List<UUID> ids = dsl.select(WATCH_PERSON.ID).from(WATCH_PERSON).where(WATCH_PERSON.VERSION_ID.eq(versionId))
                    .limit(BATCH).fetch(WATCH_PERSON.ID);
            if (ids.isEmpty()) {
                break;
            }
            dsl.transaction(cfg -> {
                cfg.dsl().deleteFrom(WATCH_PERSON_KEY).where(WATCH_PERSON_KEY.PERSON_ID.in(ids)).execute();
                cfg.dsl().deleteFrom(WATCH_PERSON).where(WATCH_PERSON.ID.in(ids)).execute();
            });
        }
        while (true) {
            List<UUID> ids = dsl.select(WATCH_DOCUMENT.ID).from(WATCH_DOCUMENT)
                    .where(WATCH_DOCUMENT.VERSION_ID.eq(versionId)).limit(BATCH).fetch(WATCH_DOCUMENT.ID);
            if (ids.isEmpty()) {
                break;
            }
            dsl.transaction(cfg -> cfg.dsl().deleteFrom(WATCH_DOCUMENT).where(WATCH_DOCUMENT.ID.in(ids)).execute());
        }
    }
}
