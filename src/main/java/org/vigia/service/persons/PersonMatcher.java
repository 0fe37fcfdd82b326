package org.vigia.service.persons;

import static org.vigia.db.schema.Tables.PERSON;
import static org.vigia.db.schema.Tables.PERSON_DOCUMENT;
import static org.vigia.db.schema.Tables.PERSON_NAME_KEY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jooq.impl.DSL;
import org.vigia.model.Person;
import org.vigia.model.PersonMatch;
import org.vigia.model.PersonMatch.Reason;
import org.vigia.service.ServiceContext;

/**
 * Ranks the existing persons who may be the one being typed. Candidates come from indexes only:
 * the same document number, and the persons sharing phonetic name keys (most shared first, at
 * most {@value #CANDIDATES}); each is then scored on name similarity (Jaro-Winkler on the folded
 * names), year of birth, citizenship and gender.
 */
final class PersonMatcher {
    static final int CANDIDATES = 200;
    static final double SIMILAR_NAME = 0.88;
    private final ServiceContext ctx;

    /** The least spelling likeness (0..1) of names that sound alike before they count as a match. */
    static final double PHONETIC_SPELLING = 0.75;

    PersonMatcher(ServiceContext ctx) {
        this.ctx = ctx;
    }

    private static final class Candidate {
        boolean sameDocument;
        int sharedKeys;
    }

    List<PersonMatch> matches(Person draft, int limit) {
        Map<UUID, Candidate> candidates = new HashMap<>();
        Set<String> numbers = draft.documents().stream().map(d -> PersonKeys.documentNorm(d.number()))
                .filter(n -> !n.isEmpty()).collect(Collectors.toSet());
        if (!numbers.isEmpty()) {
            ctx.dsl().selectDistinct(PERSON_DOCUMENT.PERSON_ID).from(PERSON_DOCUMENT)
                    .where(PERSON_DOCUMENT.NUMBER_NORM.in(numbers).and(PERSON_DOCUMENT.DELETED_AT.isNull()))
                    .fetch(PERSON_DOCUMENT.PERSON_ID)
                    .forEach(id -> candidates.computeIfAbsent(id, k -> new Candidate()).sameDocument = true);
        }
        Set<String> keys = PersonKeys.phonetic(PersonRecords.names(draft));
        Set<String> pairs = PersonKeys.pairs(draft.givenNames(), draft.familyNames());
        if (!pairs.isEmpty()) {
            // both names typed: persons sharing a (family word, given word) key pair, few rows each
            var pairTable = org.vigia.db.schema.Tables.PERSON_NAME_PAIR;
            var shared = DSL.count().as("shared");
            ctx.dsl().select(pairTable.PERSON_ID, shared).from(pairTable).where(pairTable.PAIR_KEY.in(pairs))
                    .groupBy(pairTable.PERSON_ID).orderBy(shared.desc()).limit(CANDIDATES)
                    .fetch().forEach(r -> candidates.computeIfAbsent(r.value1(), k -> new Candidate()).sharedKeys =
                            Math.max(2, r.value2()));
        } else if (!keys.isEmpty()) {
            // one name only: persons sharing its keys
            var shared = DSL.count().as("shared");
            ctx.dsl().select(PERSON_NAME_KEY.PERSON_ID, shared).from(PERSON_NAME_KEY)
                    .where(PERSON_NAME_KEY.NAME_KEY.in(keys))
                    .groupBy(PERSON_NAME_KEY.PERSON_ID).orderBy(shared.desc()).limit(CANDIDATES)
                    .fetch().forEach(r -> candidates.computeIfAbsent(r.value1(), k -> new Candidate()).sharedKeys = r.value2());
        }
        if (draft.id() != null) {
            candidates.remove(draft.id());
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        String draftName = PersonKeys.nameNorm(draft.givenNames(), draft.familyNames());
        Integer draftYear = draft.birthYear();
        boolean draftEstimated = draft.birthDate() == null || draft.birthDateEstimated();
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        int wanted = Math.max(1, Math.min(keys.size(), 4));
        List<PersonMatch> matches = new ArrayList<>();
        Map<UUID, String> pseudonyms = new HashMap<>();
        ctx.dsl().select(PERSON.ID, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAMES, PERSON.NAME_NORM, PERSON.BIRTH_YEAR,
                        PERSON.BIRTH_DATE, PERSON.BIRTH_DATE_ESTIMATED, PERSON.CITIZENSHIPS, PERSON.GENDER)
                .from(PERSON).where(PERSON.ID.in(candidates.keySet()).and(PERSON.DELETED_AT.isNull()))
                .fetch().forEach(r -> {
                    Candidate c = candidates.get(r.value1());
                    double name = jw.apply(draftName, r.value4());
                    Integer year = r.value5();
                    boolean estimated = draftEstimated || r.value6() == null || Boolean.TRUE.equals(r.value7());
                    int yearGap = draftYear == null || year == null ? Integer.MAX_VALUE : Math.abs(draftYear - year);
                    boolean sameYear = yearGap == 0 || (yearGap == 1 && estimated);
                    List<String> citizenships = r.value8() == null ? List.of() : List.of(r.value8());
                    boolean sharedCitizenship = citizenships.stream().anyMatch(draft.citizenships()::contains);
                    // shared phonetic keys, and the typed words close in spelling too: Double
                    // Metaphone alone hears "Juliana" in "Elena" (both ALN)
                    boolean soundsAlike = c.sharedKeys >= Math.min(2, wanted)
                            && wordSimilarity(jw, draftName, r.value4()) >= PHONETIC_SPELLING;
                    List<Reason> reasons = new ArrayList<>();
                    if (c.sameDocument) {
                        reasons.add(Reason.SAME_DOCUMENT);
                    }
                    if (soundsAlike && sameYear) {
                        reasons.add(Reason.PHONETIC_NAME_AND_BIRTH_YEAR);
                    }
                    if (name >= SIMILAR_NAME && sharedCitizenship) {
                        reasons.add(Reason.SIMILAR_NAME_AND_NATIONALITY);
                    }
                    if (reasons.isEmpty() && soundsAlike) {
                        reasons.add(Reason.PHONETIC_NAME);
                    }
                    if (reasons.isEmpty()) {
                        return;
                    }
                    double score = (c.sameDocument ? 100 : 0) + 40 * name
                            + (yearGap == 0 ? 25 : sameYear ? 15 : 0) + (sharedCitizenship ? 15 : 0)
                            + 10.0 * Math.min(1.0, c.sharedKeys / (double) Math.max(1, keys.size()))
                            + (draft.gender() != null && draft.gender().name().equals(r.value9()) ? 3 : 0);
                    pseudonyms.put(r.value1(), org.vigia.model.Pseudonym.of(r.value1(), r.value2(), r.value3()));
                    matches.add(new PersonMatch(r.value1(), (r.value2() + " " + r.value3()).strip(), year,
                            citizenships, Math.round(score * 10) / 10.0, reasons, false));
                });
        matches.sort(Comparator.comparingDouble(PersonMatch::score).reversed()
                .thenComparing(PersonMatch::fullName));
        List<PersonMatch> best = matches.subList(0, Math.min(Math.max(0, limit), matches.size()));
        Set<UUID> hidden = Masking.masked(ctx.dsl(), ctx, best.stream().map(PersonMatch::personId).toList());
        return best.stream().map(pm -> hidden.contains(pm.personId())
                ? pm.hidden(pseudonyms.get(pm.personId())) : pm).toList();
    }

    /** How close each typed word is to its nearest stored name word (Jaro-Winkler), on average. */
    static double wordSimilarity(JaroWinklerSimilarity jw, String typed, String stored) {
        String[] storedWords = stored.split(" ");
        double sum = 0;
        int n = 0;
        for (String word : typed.split(" ")) {
            if (word.length() < 2) {
                continue;
            }
            double best = 0;
            for (String s : storedWords) {
                best = Math.max(best, jw.apply(word, s));
            }
            sum += best;
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
