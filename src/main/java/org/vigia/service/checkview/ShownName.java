package org.vigia.service.checkview;

import static org.vigia.db.schema.Tables.CASE_ROLE;

import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.vigia.model.Pseudonym;
import org.vigia.service.ServiceContext;

/**
 * The name a check shows: the names as checked, except when the check is linked to a person who
 * is a victim in some case; then that person's pseudonym unless the signed-in account revealed
 * them in this session (the rule of every screen that shows a victim).
 */
record ShownName(String text, boolean masked) {

    /** Whether the person {@code personId} (a column) holds a live victim link: a boolean column. */
    static Field<Boolean> isVictim(Field<UUID> personId) {
        return DSL.field(DSL.exists(DSL.selectOne().from(CASE_ROLE).where(CASE_ROLE.PERSON_ID.eq(personId)
                .and(CASE_ROLE.ROLE.eq(CheckCodes.VICTIM_ROLE)).and(CASE_ROLE.DELETED_AT.isNull()))));
    }

    static ShownName of(ServiceContext ctx, String checkedGiven, String checkedFamily, UUID personId,
                        String personGiven, String personFamily, Boolean victim) {
        if (personId != null && Boolean.TRUE.equals(victim) && !ctx.isRevealed(personId)) {
            return new ShownName(Pseudonym.of(personId, personGiven, personFamily), true);
        }
        return new ShownName(join(checkedGiven, checkedFamily), false);
    }

    static String join(String given, String family) {
        String g = given == null ? "" : given.strip();
        String f = family == null ? "" : family.strip();
        return (g + " " + f).strip();
    }
}
