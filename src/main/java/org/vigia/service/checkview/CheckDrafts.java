package org.vigia.service.checkview;

import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.CHECKPOINT_CONTROL;
import static org.vigia.db.schema.Tables.TRANSIT_POINT;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.vigia.model.CheckCaseDraft;
import org.vigia.model.DocumentType;
import org.vigia.model.Gender;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Person;
import org.vigia.model.VigiaException;

/** Reads a live check with its control and transit point as the start of "open a case from a check". */
final class CheckDrafts {
    private CheckDrafts() {
    }

    /** The live check {@code checkId} (locked when {@code lock}), or a clear refusal. */
    static CheckCaseDraft read(DSLContext dsl, UUID checkId, ZoneId zone, boolean lock) {
        var b = BORDER_CHECK;
        var cc = CHECKPOINT_CONTROL;
        var tp = TRANSIT_POINT;
        var select = dsl.select(b.fields()).select(cc.OPERATION_ID, tp.NAME, tp.COUNTRY, tp.LOCALITY)
                .from(b).join(cc).on(cc.ID.eq(b.CONTROL_ID)).join(tp).on(tp.ID.eq(cc.TRANSIT_POINT_ID))
                .where(b.ID.eq(checkId).and(b.DELETED_AT.isNull()));
        Record r = checkId == null ? null : lock ? select.forUpdate().of(b).fetchOne() : select.fetchOne();
        if (r == null) {
            throw new VigiaException("checkview.error.checkNotFound");
        }
        return new CheckCaseDraft(r.get(b.ID), r.get(b.VERSION), person(r), r.get(cc.OPERATION_ID), r.get(tp.NAME),
                r.get(tp.COUNTRY), r.get(tp.LOCALITY), r.get(b.CHECKED_AT).atZoneSameInstant(zone).toLocalDate(),
                r.get(b.ACTION), r.get(b.CASE_ROLE_ID));
    }

    /** The person a check describes: names, birth date, sex, nationality and the document checked. */
    static Person person(Record r) {
        var b = BORDER_CHECK;
        List<IdentityDocument> docs = List.of();
        DocumentType type = code(DocumentType.class, r.get(b.DOC_TYPE));
        if (r.get(b.DOC_NUMBER) != null && type != null && r.get(b.DOC_COUNTRY) != null) {
            docs = List.of(new IdentityDocument(null, type, r.get(b.DOC_NUMBER), r.get(b.DOC_COUNTRY), null));
        }
        String nationality = r.get(b.NATIONALITY);
        return new Person(null, 0, nz(r.get(b.GIVEN_NAMES)), nz(r.get(b.FAMILY_NAMES)), List.of(),
                code(Gender.class, r.get(b.GENDER)), r.get(b.BIRTH_DATE), false, null, null,
                nationality == null ? List.of() : List.of(nationality), List.of(), docs, null, null);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String name) {
        return name == null ? null : Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name))
                .findFirst().orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
