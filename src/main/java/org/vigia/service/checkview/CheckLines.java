package org.vigia.service.checkview;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.WATCH_HIT;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.vigia.model.CheckLine;
import org.vigia.service.ServiceContext;

/** The counted checks of one control, a page at a time, in the order they were made. */
final class CheckLines {
    private final ServiceContext ctx;

    CheckLines(ServiceContext ctx) {
        this.ctx = ctx;
    }

    long count(DSLContext dsl, UUID controlId) {
        return dsl.fetchCount(BORDER_CHECK, BORDER_CHECK.CONTROL_ID.eq(controlId).and(BORDER_CHECK.DELETED_AT.isNull()));
    }

    List<CheckLine> page(DSLContext dsl, UUID controlId, int offset, int limit) {
        var b = BORDER_CHECK;
        var h = WATCH_HIT;
        Field<Integer> hits = DSL.field(DSL.selectCount().from(h).where(h.CHECK_ID.eq(b.ID).and(h.DELETED_AT.isNull())));
        Field<Integer> late = DSL.field(DSL.selectCount().from(h)
                .where(h.CHECK_ID.eq(b.ID).and(h.DELETED_AT.isNull()).and(h.LATE.isTrue())));
        Field<Boolean> victim = ShownName.isVictim(b.PERSON_ID);
        return dsl.select(b.ID, b.VERSION, b.CONTROL_ID, b.CHECKED_AT, b.GIVEN_NAMES, b.FAMILY_NAMES, b.BIRTH_DATE,
                        b.GENDER, b.NATIONALITY, b.MINOR, b.DOC_NUMBER, b.DOC_TYPE, b.DOC_COUNTRY, b.DIRECTION, b.RESULT,
                        b.ACTION, hits, late, b.PERSON_ID, b.CASE_ROLE_ID, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAMES, victim)
                .from(b).leftJoin(PERSON).on(PERSON.ID.eq(b.PERSON_ID))
                .where(b.CONTROL_ID.eq(controlId).and(b.DELETED_AT.isNull()))
                .orderBy(b.CHECKED_AT, b.ID).offset(Math.max(0, offset)).limit(Math.max(0, limit))
                .fetch(r -> {
                    ShownName name = ShownName.of(ctx, r.get(b.GIVEN_NAMES), r.get(b.FAMILY_NAMES), r.get(b.PERSON_ID),
                            r.get(PERSON.GIVEN_NAMES), r.get(PERSON.FAMILY_NAMES), r.get(victim));
                    return new CheckLine(r.get(b.ID), r.get(b.VERSION), r.get(b.CONTROL_ID),
                            r.get(b.CHECKED_AT).toInstant(), name.text(), name.masked(),
                            name.masked() ? null : r.get(b.BIRTH_DATE), r.get(b.GENDER), r.get(b.NATIONALITY),
                            r.get(b.MINOR), name.masked() ? null : r.get(b.DOC_NUMBER), r.get(b.DOC_TYPE), r.get(b.DOC_COUNTRY),
                            r.get(b.DIRECTION), r.get(b.RESULT), r.get(b.ACTION), r.get(hits), r.get(late),
                            r.get(b.PERSON_ID), r.get(b.CASE_ROLE_ID));
                });
    }
}
