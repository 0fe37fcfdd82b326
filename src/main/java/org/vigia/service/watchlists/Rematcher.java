package org.vigia.service.watchlists;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.BORDER_CHECK_LIST;
import static org.vigia.db.schema.Tables.WATCH_DOCUMENT;
import static org.vigia.db.schema.Tables.WATCH_HIT;
import static org.vigia.db.schema.Tables.WATCH_LIST_VERSION;
import static org.vigia.db.schema.Tables.WATCH_PERSON;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.vigia.db.schema.tables.records.BorderCheckRecord;
import org.vigia.model.CheckSubject;
import org.vigia.model.DocumentType;
import org.vigia.model.ListVersionRef;
import org.vigia.model.WatchListKind;
import org.vigia.service.ServiceContext;
import org.vigia.service.imports.ImportListener;

/**
 * Matches the past checks against a version that just became CURRENT, in batches (each its own
 * transaction), and stores LATE hits for entries the check did not already hit (the same listed
 * person or document in an earlier version of the list is not new). Each check re-matched gets
 * its border_check_list row for the version, so an interrupted run resumes where it stopped.
 */
final class Rematcher {
    static final int BATCH = 500;
    private final ServiceContext ctx;

    Rematcher(ServiceContext ctx) {
        this.ctx = ctx;
    }

    RematchReport run(ListVersionRef version, ImportListener listener) {
        DSLContext dsl = ctx.dsl();
        Condition pending = pending(version);
        long total = dsl.fetchCount(BORDER_CHECK, pending);
        UUID listId = dsl.select(WATCH_LIST_VERSION.LIST_ID).from(WATCH_LIST_VERSION)
                .where(WATCH_LIST_VERSION.ID.eq(version.versionId())).fetchOne(WATCH_LIST_VERSION.LIST_ID);
        long checks = 0;
        long late = 0;
        UUID after = new UUID(0, 0); // H2 orders UUIDs as unsigned bytes
        listener.progress(0, total);
        while (true) {
            List<BorderCheckRecord> batch = dsl.selectFrom(BORDER_CHECK).where(pending.and(BORDER_CHECK.ID.gt(after)))
                    .orderBy(BORDER_CHECK.ID).limit(BATCH).fetch();
            if (batch.isEmpty()) {
                break;
            }
            late += dsl.transactionResult(cfg -> batch(cfg.dsl(), batch, version, listId));
            checks += batch.size();
            after = batch.get(batch.size() - 1).getId();
            listener.progress(Math.min(checks, total), total);
        }
        listener.progress(total, total);
        return new RematchReport(version.versionId(), checks, late);
    }

    /** Live checks with a part of the version's kind, not yet matched against it. */
    private static Condition pending(ListVersionRef version) {
        Condition part = version.kind() == WatchListKind.PERSONS
                ? BORDER_CHECK.FAMILY_NAMES.isNotNull().or(BORDER_CHECK.GIVEN_NAMES.isNotNull())
                : BORDER_CHECK.DOC_NUMBER.isNotNull();
        return BORDER_CHECK.DELETED_AT.isNull().and(part).andNotExists(DSL.selectOne().from(BORDER_CHECK_LIST)
                .where(BORDER_CHECK_LIST.CHECK_ID.eq(BORDER_CHECK.ID)
                        .and(BORDER_CHECK_LIST.VERSION_ID.eq(version.versionId()))));
    }

    private int batch(DSLContext tx, List<BorderCheckRecord> checks, ListVersionRef version, UUID listId) {
        int late = 0;
        BatchBindStep rows = tx.batch(tx.insertInto(BORDER_CHECK_LIST, BORDER_CHECK_LIST.CHECK_ID,
                BORDER_CHECK_LIST.VERSION_ID).values((UUID) null, null));
        for (BorderCheckRecord c : checks) {
            rows.bind(c.getId(), version.versionId());
            List<Found> found = Lookup.find(tx, subject(c), List.of(version));
            if (found.isEmpty()) {
                continue;
            }
            Set<String> known = knownIdentities(tx, c.getId(), listId);
            for (Found f : found) {
                if (known.add(f.identity())) {
                    HitWrites.store(tx, ctx, c.getId(), f, true);
                    late++;
                }
            }
        }
        rows.execute();
        return late;
    }

    static CheckSubject subject(BorderCheckRecord c) {
        DocumentType type = null;
        if (c.getDocType() != null) {
            try {
                type = DocumentType.valueOf(c.getDocType());
            } catch (IllegalArgumentException e) {
                type = null;
            }
        }
        return new CheckSubject(c.getGivenNames(), c.getFamilyNames(), c.getBirthDate(), c.getNationality(),
                c.getDocNumber(), type, c.getDocCountry());
    }

    /** The identities of the entries of list {@code listId} (any version) that the check already hit. */
    private static Set<String> knownIdentities(DSLContext tx, UUID checkId, UUID listId) {
        Set<String> known = new HashSet<>();
        tx.select(WATCH_PERSON.NAME_NORM, WATCH_PERSON.BIRTH_DATE, WATCH_DOCUMENT.DOC_NUMBER_NORM,
                        WATCH_DOCUMENT.DOC_TYPE, WATCH_DOCUMENT.DOC_COUNTRY)
                .from(WATCH_HIT)
                .join(WATCH_LIST_VERSION).on(WATCH_LIST_VERSION.ID.eq(WATCH_HIT.VERSION_ID))
                .leftJoin(WATCH_PERSON).on(WATCH_PERSON.ID.eq(WATCH_HIT.WATCH_PERSON_ID))
                .leftJoin(WATCH_DOCUMENT).on(WATCH_DOCUMENT.ID.eq(WATCH_HIT.WATCH_DOCUMENT_ID))
                .where(WATCH_HIT.CHECK_ID.eq(checkId).and(WATCH_HIT.DELETED_AT.isNull())
                        .and(WATCH_LIST_VERSION.LIST_ID.eq(listId)))
                .fetch().forEach(r -> known.add(r.value1() != null
                        ? Found.personIdentity(r.value1(), r.value2())
                        : Found.documentIdentity(r.value3(), r.value4(), r.value5())));
        return known;
    }
}
