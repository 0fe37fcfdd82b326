package org.vigia.service.watchlists;

import static org.vigia.db.schema.Tables.BORDER_CHECK_LIST;
import static org.vigia.db.schema.Tables.WATCH_HIT;

import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.db.schema.tables.records.WatchHitRecord;
import org.vigia.model.HitFollowUp;
import org.vigia.model.WatchHit;
import org.vigia.service.Ids;
import org.vigia.service.RowStamps;
import org.vigia.service.ServiceContext;

/** Stores what a check was matched against and its hits, inside the caller's transaction. */
final class HitWrites {
    private HitWrites() {
    }

    /** Records that {@code checkId} was checked against {@code versionId} (once). */
    static void checkedAgainst(DSLContext tx, UUID checkId, UUID versionId) {
        if (!tx.fetchExists(BORDER_CHECK_LIST, BORDER_CHECK_LIST.CHECK_ID.eq(checkId)
                .and(BORDER_CHECK_LIST.VERSION_ID.eq(versionId)))) {
            tx.insertInto(BORDER_CHECK_LIST, BORDER_CHECK_LIST.CHECK_ID, BORDER_CHECK_LIST.VERSION_ID)
                    .values(checkId, versionId).execute();
        }
    }

    /** Whether {@code checkId} already has a hit on this very entry. */
    static boolean hasHit(DSLContext tx, UUID checkId, Found f) {
        return tx.fetchExists(WATCH_HIT, WATCH_HIT.CHECK_ID.eq(checkId).and(WATCH_HIT.DELETED_AT.isNull())
                .and(f.person() ? WATCH_HIT.WATCH_PERSON_ID.eq(f.entryId()) : WATCH_HIT.WATCH_DOCUMENT_ID.eq(f.entryId())));
    }

    /** Stores a hit (follow-up OPEN) and returns it with its id. */
    static WatchHit store(DSLContext tx, ServiceContext ctx, UUID checkId, Found f, boolean late) {
        WatchHitRecord r = tx.newRecord(WATCH_HIT);
        UUID id = Ids.next();
        RowStamps.created(r, id, ctx);
        r.setCheckId(checkId);
        r.setVersionId(f.list().versionId());
        if (f.person()) {
            r.setWatchPersonId(f.entryId());
        } else {
            r.setWatchDocumentId(f.entryId());
        }
        r.setLate(late);
        r.setFollowUp(HitFollowUp.OPEN.name());
        r.insert();
        return f.hit(id, checkId, late);
    }
}
