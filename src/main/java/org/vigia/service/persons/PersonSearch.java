package org.vigia.service.persons;

import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.PERSON_DOCUMENT;
import static org.vigia.db.schema.Tables.PERSON_NAME_KEY;

import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.vigia.model.PersonQuery;
import org.vigia.service.TextNorm;

/**
 * The condition of the people list: live persons whose name has a word starting with the
 * typed text, whose every typed word sounds like one of their name words (Double Metaphone,
 * through the indexed name keys), or whose document number starts with it; then the
 * citizenship and role filters.
 */
final class PersonSearch {
    private PersonSearch() {
    }

    static Condition of(PersonQuery q) {
        Condition c = PERSON.DELETED_AT.isNull();
        String folded = TextNorm.fold(q.text());
        if (!folded.isEmpty()) {
            c = c.and(byName(folded).or(soundsLike(folded)).or(byDocument(q.text())));
        }
        if (q.citizenship() != null && !q.citizenship().isBlank()) {
            c = c.and(DSL.condition("ARRAY_CONTAINS({0}, {1})", PERSON.CITIZENSHIPS,
                    DSL.val(q.citizenship().strip().toUpperCase(java.util.Locale.ROOT))));
        }
        if (q.role() != null) {
            c = c.and(PERSON.ID.in(DSL.select(CASE_ROLE.PERSON_ID).from(CASE_ROLE)
                    .where(CASE_ROLE.ROLE.eq(q.role().name()).and(CASE_ROLE.DELETED_AT.isNull()))));
        }
        return c;
    }

    private static Condition byName(String folded) {
        String prefix = TextNorm.likePrefix(folded);
        return PERSON.NAME_NORM.like(prefix, '!').or(PERSON.NAME_NORM.like("% " + prefix, '!'));
    }

    /** Every typed word (of two letters or more) shares a phonetic key with the person's names. */
    private static Condition soundsLike(String folded) {
        Condition all = null;
        for (String word : folded.split("[^A-Z0-9]+")) {
            Set<String> keys = PersonKeys.phonetic(List.of(word));
            if (keys.isEmpty()) {
                continue;
            }
            Condition one = PERSON.ID.in(DSL.select(PERSON_NAME_KEY.PERSON_ID).from(PERSON_NAME_KEY)
                    .where(PERSON_NAME_KEY.NAME_KEY.in(keys)));
            all = all == null ? one : all.and(one);
        }
        return all == null ? DSL.falseCondition() : all;
    }

    private static Condition byDocument(String text) {
        String doc = PersonKeys.documentNorm(text);
        if (doc.isEmpty()) {
            return DSL.falseCondition();
        }
        return PERSON.ID.in(DSL.select(PERSON_DOCUMENT.PERSON_ID).from(PERSON_DOCUMENT)
                .where(PERSON_DOCUMENT.NUMBER_NORM.like(TextNorm.likePrefix(doc), '!')
                        .and(PERSON_DOCUMENT.DELETED_AT.isNull())));
    }
}
