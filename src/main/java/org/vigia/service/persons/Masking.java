package org.vigia.service.persons;

import static org.vigia.db.schema.Tables.CASE_ROLE;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.vigia.model.CaseRole;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Person;
import org.vigia.model.Pseudonym;
import org.vigia.service.ServiceContext;

/**
 * Which persons' identities are hidden, and how a hidden person reads. A person is hidden while
 * they hold at least one live victim link ({@code case_role.role = 'VICTIM'}, not removed; the
 * case itself may be removed: the person stays a victim on record) and the signed-in account did
 * not reveal them in this session. Every service that returns a person's name asks here, so no
 * screen, printout or command line can show a hidden name.
 */
public final class Masking {
    /** What a hidden document number, alias, contact or note reads as. */
    public static final String HIDDEN = "\u2022\u2022\u2022\u2022\u2022\u2022";

    private Masking() {
    }

    /** The ones of {@code personIds} hidden from the signed-in account now: one query for them all. */
    public static Set<UUID> masked(DSLContext dsl, ServiceContext ctx, Collection<UUID> personIds) {
        Set<UUID> wanted = personIds.stream().filter(Objects::nonNull).filter(id -> !ctx.isRevealed(id))
                .collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.selectDistinct(CASE_ROLE.PERSON_ID).from(CASE_ROLE)
                .where(CASE_ROLE.PERSON_ID.in(wanted).and(CASE_ROLE.DELETED_AT.isNull())
                        .and(CASE_ROLE.ROLE.eq(CaseRole.VICTIM.name())))
                .fetch(CASE_ROLE.PERSON_ID));
    }

    /** Whether {@code personId} is hidden from the signed-in account now. */
    public static boolean masked(DSLContext dsl, ServiceContext ctx, UUID personId) {
        return personId != null && !masked(dsl, ctx, List.of(personId)).isEmpty();
    }

    /** The name shown for a person: the pseudonym when hidden, else "Given Family". */
    public static String name(UUID personId, String given, String family, boolean hidden) {
        return hidden ? Pseudonym.of(personId, given, family)
                : ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }

    /**
     * A hidden person as every list and form shows them: the pseudonym as family name, no given
     * names, aliases, contact or notes; documents keep their type, country and expiry with the
     * number hidden. Gender, dates of birth, citizenships and languages stay (protection work
     * needs them and they do not name the person).
     */
    public static Person hide(Person p) {
        List<IdentityDocument> docs = p.documents().stream()
                .map(d -> new IdentityDocument(d.id(), d.type(), HIDDEN, d.issuingCountry(), d.expiresOn())).toList();
        return new Person(p.id(), p.version(), "", Pseudonym.of(p.id(), p.givenNames(), p.familyNames()), List.of(),
                p.gender(), p.birthDate(), p.birthDateEstimated(), p.ageYears(), p.ageOn(), p.citizenships(),
                p.languages(), docs, null, null);
    }
}
