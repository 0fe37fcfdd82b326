package org.vigia.service.checkview;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.CHECKPOINT_CONTROL;
import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.TRANSIT_POINT;
import static org.vigia.db.schema.Tables.WATCH_DOCUMENT;
import static org.vigia.db.schema.Tables.WATCH_HIT;
import static org.vigia.db.schema.Tables.WATCH_LIST;
import static org.vigia.db.schema.Tables.WATCH_LIST_VERSION;
import static org.vigia.db.schema.Tables.WATCH_PERSON;

import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.vigia.model.HitFilter;
import org.vigia.model.HitFollowUp;
import org.vigia.model.HitLine;
import org.vigia.model.ListVersionRef;
import org.vigia.model.WatchHit;
import org.vigia.model.WatchListKind;
import org.vigia.service.ServiceContext;

/** The watch-list hits for follow-up (found at entry or late), newest first, a page at a time. */
final class HitQueries {
    private final ServiceContext ctx;

    HitQueries(ServiceContext ctx) {
        this.ctx = ctx;
    }

    static Condition where(HitFilter filter) {
        Condition c = WATCH_HIT.DELETED_AT.isNull().and(BORDER_CHECK.DELETED_AT.isNull());
        if (filter.followUp() != null) {
            c = c.and(WATCH_HIT.FOLLOW_UP.eq(filter.followUp().name()));
        }
        if (filter.late() != null) {
            c = c.and(WATCH_HIT.LATE.eq(filter.late()));
        }
        return c;
    }

    long count(DSLContext dsl, HitFilter filter) {
        return dsl.selectCount().from(WATCH_HIT).join(BORDER_CHECK).on(BORDER_CHECK.ID.eq(WATCH_HIT.CHECK_ID))
                .where(where(filter)).fetchOne(0, Long.class);
    }

    List<HitLine> page(DSLContext dsl, HitFilter filter, int offset, int limit) {
        return select(dsl, where(filter)).orderBy(WATCH_HIT.CREATED_AT.desc(), WATCH_HIT.ID.desc())
                .offset(Math.max(0, offset)).limit(Math.max(0, limit)).fetch(this::line);
    }

    HitLine one(DSLContext dsl, UUID hitId) {
        return select(dsl, where(HitFilter.ALL).and(WATCH_HIT.ID.eq(hitId))).fetchOne(this::line);
    }

    private final Field<Boolean> victim = ShownName.isVictim(BORDER_CHECK.PERSON_ID);

    private org.jooq.SelectConditionStep<Record> select(DSLContext dsl, Condition where) {
        var h = WATCH_HIT;
        var b = BORDER_CHECK;
        return dsl.select(h.fields()).select(WATCH_LIST_VERSION.LIST_VERSION, WATCH_LIST_VERSION.LIST_DATE,
                        WATCH_LIST.NAME, WATCH_LIST.KIND, WATCH_PERSON.GIVEN_NAMES, WATCH_PERSON.FAMILY_NAMES,
                        WATCH_PERSON.BIRTH_DATE, WATCH_PERSON.NOTICE_TYPE, WATCH_PERSON.NOTICE_REF,
                        WATCH_DOCUMENT.DOC_NUMBER, WATCH_DOCUMENT.DOC_TYPE, WATCH_DOCUMENT.DOC_COUNTRY,
                        b.CHECKED_AT, b.CONTROL_ID, b.GIVEN_NAMES, b.FAMILY_NAMES, b.DOC_NUMBER, b.PERSON_ID,
                        TRANSIT_POINT.NAME, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAMES, victim)
                .from(h).join(b).on(b.ID.eq(h.CHECK_ID))
                .join(CHECKPOINT_CONTROL).on(CHECKPOINT_CONTROL.ID.eq(b.CONTROL_ID))
                .join(TRANSIT_POINT).on(TRANSIT_POINT.ID.eq(CHECKPOINT_CONTROL.TRANSIT_POINT_ID))
                .join(WATCH_LIST_VERSION).on(WATCH_LIST_VERSION.ID.eq(h.VERSION_ID))
                .join(WATCH_LIST).on(WATCH_LIST.ID.eq(WATCH_LIST_VERSION.LIST_ID))
                .leftJoin(WATCH_PERSON).on(WATCH_PERSON.ID.eq(h.WATCH_PERSON_ID))
                .leftJoin(WATCH_DOCUMENT).on(WATCH_DOCUMENT.ID.eq(h.WATCH_DOCUMENT_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(b.PERSON_ID))
                .where(where);
    }

    private HitLine line(Record r) {
        var h = WATCH_HIT;
        var b = BORDER_CHECK;
        WatchListKind kind = WatchListKind.valueOf(r.get(WATCH_LIST.KIND));
        ListVersionRef list = new ListVersionRef(r.get(h.VERSION_ID), r.get(WATCH_LIST.NAME), kind,
                r.get(WATCH_LIST_VERSION.LIST_VERSION), r.get(WATCH_LIST_VERSION.LIST_DATE));
        boolean personEntry = r.get(h.WATCH_PERSON_ID) != null;
        String entry = personEntry
                ? ShownName.join(r.get(WATCH_PERSON.GIVEN_NAMES), r.get(WATCH_PERSON.FAMILY_NAMES))
                : String.join(" \u00b7 ", r.get(WATCH_DOCUMENT.DOC_NUMBER), r.get(WATCH_DOCUMENT.DOC_TYPE),
                        r.get(WATCH_DOCUMENT.DOC_COUNTRY));
        WatchHit hit = new WatchHit(r.get(h.ID), r.get(h.CHECK_ID), list, kind,
                personEntry ? r.get(h.WATCH_PERSON_ID) : r.get(h.WATCH_DOCUMENT_ID), entry,
                personEntry ? r.get(WATCH_PERSON.BIRTH_DATE) : null, personEntry ? r.get(WATCH_PERSON.NOTICE_TYPE) : null,
                personEntry ? r.get(WATCH_PERSON.NOTICE_REF) : null, r.get(h.LATE), HitFollowUp.valueOf(r.get(h.FOLLOW_UP)));
        ShownName name = ShownName.of(ctx, r.get(b.GIVEN_NAMES), r.get(b.FAMILY_NAMES), r.get(b.PERSON_ID),
                r.get(PERSON.GIVEN_NAMES), r.get(PERSON.FAMILY_NAMES), r.get(victim));
        String checked = name.masked() || !name.text().isEmpty() ? name.text()
                : r.get(b.DOC_NUMBER) == null ? "" : r.get(b.DOC_NUMBER);
        return new HitLine(hit, r.get(h.VERSION), r.get(h.CREATED_AT).toInstant(), r.get(h.FOLLOW_UP_NOTE),
                r.get(b.CHECKED_AT).toInstant(), r.get(b.CONTROL_ID), r.get(TRANSIT_POINT.NAME), checked, name.masked());
    }
}
