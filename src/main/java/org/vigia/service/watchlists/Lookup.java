package org.vigia.service.watchlists;

import static org.vigia.db.schema.Tables.WATCH_DOCUMENT;
import static org.vigia.db.schema.Tables.WATCH_PERSON;
import static org.vigia.db.schema.Tables.WATCH_PERSON_KEY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.vigia.model.CheckSubject;
import org.vigia.model.ListVersionRef;
import org.vigia.model.WatchListKind;
import org.vigia.service.persons.PersonKeys;

/**
 * Finds the entries of given list versions that a check matches, from indexes only. A document:
 * the same normalised number, the same type and issuing country (each when the check gives it).
 * A person: a listed name sharing a phonetic key pair ({@link NameKeys}) and passing the spelling
 * check, born within {@value #YEARS} year of the checked date of birth; a listing without a date of
 * birth (or a check without one) matches on the name alone, which the hit shows (no birth date).
 */
final class Lookup {
    static final int YEARS = 1;
    /** At most this many hits of one check (the likeliest first). */
    static final int MAX_HITS = 50;
    private static final int MAX_CANDIDATES = 2_000;

    private Lookup() {
    }

    static boolean relevant(CheckSubject s, WatchListKind kind) {
        return kind == WatchListKind.PERSONS ? s.hasPerson() : s.hasDocument();
    }

    static List<Found> find(DSLContext dsl, CheckSubject s, List<ListVersionRef> versions) {
        List<Found> found = new ArrayList<>();
        Map<UUID, ListVersionRef> docs = byId(versions, WatchListKind.DOCUMENTS);
        Map<UUID, ListVersionRef> persons = byId(versions, WatchListKind.PERSONS);
        if (s.hasDocument() && !docs.isEmpty()) {
            documents(dsl, s, docs, found);
        }
        if (s.hasPerson() && !persons.isEmpty()) {
            persons(dsl, s, persons, found);
        }
        found.sort(Comparator.comparing((Found f) -> f.person()).thenComparing(Found::likeness, Comparator.reverseOrder())
                .thenComparing(Found::entry));
        return found.size() > MAX_HITS ? new ArrayList<>(found.subList(0, MAX_HITS)) : found;
    }

    private static Map<UUID, ListVersionRef> byId(List<ListVersionRef> versions, WatchListKind kind) {
        return versions.stream().filter(v -> v.kind() == kind)
                .collect(Collectors.toMap(ListVersionRef::versionId, Function.identity()));
    }

    private static void documents(DSLContext dsl, CheckSubject s, Map<UUID, ListVersionRef> versions, List<Found> found) {
        String norm = PersonKeys.documentNorm(s.docNumber());
        if (norm.isEmpty()) {
            return;
        }
        Condition where = WATCH_DOCUMENT.DOC_NUMBER_NORM.eq(norm).and(WATCH_DOCUMENT.VERSION_ID.in(versions.keySet()));
        if (s.docType() != null) {
            where = where.and(WATCH_DOCUMENT.DOC_TYPE.eq(s.docType().name()));
        }
        if (s.docCountry() != null && !s.docCountry().isBlank()) {
            where = where.and(WATCH_DOCUMENT.DOC_COUNTRY.eq(s.docCountry().strip().toUpperCase(java.util.Locale.ROOT)));
        }
        dsl.selectFrom(WATCH_DOCUMENT).where(where).limit(MAX_HITS).fetch().forEach(d -> found.add(new Found(
                versions.get(d.getVersionId()), d.getId(), Found.documentText(d.getDocNumber(), d.getDocType(), d.getDocCountry()),
                null, d.getReportedAs(), null, Found.documentIdentity(d.getDocNumberNorm(), d.getDocType(), d.getDocCountry()),
                1.0)));
    }

    private static void persons(DSLContext dsl, CheckSubject s, Map<UUID, ListVersionRef> versions, List<Found> found) {
        Set<String> keys = NameKeys.lookup(s.givenNames(), s.familyNames());
        if (keys.isEmpty()) {
            return;
        }
        LocalDate born = s.birthDate();
        Select<Record1<UUID>> union = null;
        for (String key : keys) {
            Condition base = WATCH_PERSON_KEY.NAME_KEY.eq(key).and(WATCH_PERSON_KEY.VERSION_ID.in(versions.keySet()));
            List<Condition> branches = born == null ? List.of(base)
                    : List.of(base.and(WATCH_PERSON_KEY.BIRTH_DATE.between(born.minusYears(YEARS), born.plusYears(YEARS))),
                            base.and(WATCH_PERSON_KEY.BIRTH_DATE.isNull()));
            for (Condition c : branches) {
                Select<Record1<UUID>> one = dsl.select(WATCH_PERSON_KEY.PERSON_ID).from(WATCH_PERSON_KEY).where(c)
                        .limit(MAX_CANDIDATES);
                union = union == null ? one : union.unionAll(one);
            }
        }
        Set<UUID> ids = new HashSet<>(dsl.fetch(union).getValues(0, UUID.class));
        if (ids.isEmpty()) {
            return;
        }
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        dsl.selectFrom(WATCH_PERSON).where(WATCH_PERSON.ID.in(ids)).fetch().forEach(p -> {
            double likeness = NameKeys.likeness(jw, s.givenNames(), s.familyNames(), p.getGivenNames(), p.getFamilyNames());
            if (likeness > 0) {
                found.add(new Found(versions.get(p.getVersionId()), p.getId(),
                        Found.personText(p.getGivenNames(), p.getFamilyNames(), p.getNationality()), p.getBirthDate(),
                        p.getNoticeType(), p.getNoticeRef(), Found.personIdentity(p.getNameNorm(), p.getBirthDate()),
                        likeness));
            }
        });
    }
}
