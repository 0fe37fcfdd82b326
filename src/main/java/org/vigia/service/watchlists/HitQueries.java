package org.vigia.service.watchlists;

import static org.vigia.db.schema.Tables.BORDER_CHECK_LIST;
import static org.vigia.db.schema.Tables.WATCH_DOCUMENT;
import static org.vigia.db.schema.Tables.WATCH_HIT;
import static org.vigia.db.schema.Tables.WATCH_LIST;
import static org.vigia.db.schema.Tables.WATCH_LIST_VERSION;
import static org.vigia.db.schema.Tables.WATCH_PERSON;

import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.vigia.model.HitFollowUp;
import org.vigia.model.ListVersionRef;
import org.vigia.model.WatchHit;
import org.vigia.model.WatchListKind;

/** Reads stored hits with their list entry, and the versions a check was matched against. */
final class HitQueries {
    private HitQueries() {
    }

    private static SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(WATCH_HIT.fields()).select(WATCH_LIST_VERSION.ID, WATCH_LIST.NAME, WATCH_LIST.KIND,
                        WATCH_LIST_VERSION.LIST_VERSION, WATCH_LIST_VERSION.LIST_DATE)
                .select(WATCH_PERSON.GIVEN_NAMES, WATCH_PERSON.FAMILY_NAMES, WATCH_PERSON.NATIONALITY,
                        WATCH_PERSON.BIRTH_DATE, WATCH_PERSON.NOTICE_TYPE, WATCH_PERSON.NOTICE_REF)
                .select(WATCH_DOCUMENT.DOC_NUMBER, WATCH_DOCUMENT.DOC_TYPE, WATCH_DOCUMENT.DOC_COUNTRY,
                        WATCH_DOCUMENT.REPORTED_AS)
                .from(WATCH_HIT)
                .join(WATCH_LIST_VERSION).on(WATCH_LIST_VERSION.ID.eq(WATCH_HIT.VERSION_ID))
                .join(WATCH_LIST).on(WATCH_LIST.ID.eq(WATCH_LIST_VERSION.LIST_ID))
                .leftJoin(WATCH_PERSON).on(WATCH_PERSON.ID.eq(WATCH_HIT.WATCH_PERSON_ID))
                .leftJoin(WATCH_DOCUMENT).on(WATCH_DOCUMENT.ID.eq(WATCH_HIT.WATCH_DOCUMENT_ID));
    }

    private static WatchHit hit(Record r) {
        ListVersionRef list = ListVersions.ref(r);
        boolean person = r.get(WATCH_HIT.WATCH_PERSON_ID) != null;
        String entry = person
                ? Found.personText(r.get(WATCH_PERSON.GIVEN_NAMES), r.get(WATCH_PERSON.FAMILY_NAMES), r.get(WATCH_PERSON.NATIONALITY))
                : Found.documentText(r.get(WATCH_DOCUMENT.DOC_NUMBER), r.get(WATCH_DOCUMENT.DOC_TYPE), r.get(WATCH_DOCUMENT.DOC_COUNTRY));
        return new WatchHit(r.get(WATCH_HIT.ID), r.get(WATCH_HIT.CHECK_ID), list,
                person ? WatchListKind.PERSONS : WatchListKind.DOCUMENTS,
                person ? r.get(WATCH_HIT.WATCH_PERSON_ID) : r.get(WATCH_HIT.WATCH_DOCUMENT_ID), entry,
                person ? r.get(WATCH_PERSON.BIRTH_DATE) : null,
                person ? r.get(WATCH_PERSON.NOTICE_TYPE) : r.get(WATCH_DOCUMENT.REPORTED_AS),
                person ? r.get(WATCH_PERSON.NOTICE_REF) : null,
                r.get(WATCH_HIT.LATE), HitFollowUp.valueOf(r.get(WATCH_HIT.FOLLOW_UP)));
    }

    private static Condition late(HitFollowUp followUp) {
        Condition c = WATCH_HIT.LATE.isTrue().and(WATCH_HIT.DELETED_AT.isNull());
        return followUp == null ? c : c.and(WATCH_HIT.FOLLOW_UP.eq(followUp.name()));
    }

    /** Late hits, newest first ({@code followUp} null: any follow-up state). */
    static List<WatchHit> late(DSLContext dsl, HitFollowUp followUp, int offset, int limit) {
        return select(dsl).where(late(followUp)).orderBy(WATCH_HIT.CREATED_AT.desc(), WATCH_HIT.ID.desc())
                .limit(limit).offset(offset).fetch(HitQueries::hit);
    }

    static long countLate(DSLContext dsl, HitFollowUp followUp) {
        return dsl.fetchCount(WATCH_HIT, late(followUp));
    }

    /** The hits of one check, found at entry first, then late ones, oldest first. */
    static List<WatchHit> ofCheck(DSLContext dsl, UUID checkId) {
        return select(dsl).where(WATCH_HIT.CHECK_ID.eq(checkId).and(WATCH_HIT.DELETED_AT.isNull()))
                .orderBy(WATCH_HIT.LATE, WATCH_HIT.CREATED_AT, WATCH_HIT.ID).fetch(HitQueries::hit);
    }

    /** The list versions {@code checkId} was matched against, by list name then version date. */
    static List<ListVersionRef> checkedAgainst(DSLContext dsl, UUID checkId) {
        return dsl.select(WATCH_LIST_VERSION.ID, WATCH_LIST.NAME, WATCH_LIST.KIND, WATCH_LIST_VERSION.LIST_VERSION,
                        WATCH_LIST_VERSION.LIST_DATE)
                .from(BORDER_CHECK_LIST)
                .join(WATCH_LIST_VERSION).on(WATCH_LIST_VERSION.ID.eq(BORDER_CHECK_LIST.VERSION_ID))
                .join(WATCH_LIST).on(WATCH_LIST.ID.eq(WATCH_LIST_VERSION.LIST_ID))
                .where(BORDER_CHECK_LIST.CHECK_ID.eq(checkId))
                .orderBy(WATCH_LIST.NAME_NORM, WATCH_LIST_VERSION.CREATED_AT).fetch(ListVersions::ref);
    }
}
