package org.vigia.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.model.CheckSubject;
import org.vigia.model.DocumentType;
import org.vigia.model.HitFollowUp;
import org.vigia.model.ListVersionRef;
import org.vigia.model.WatchCheckResult;
import org.vigia.model.WatchHit;
import org.vigia.model.WatchListKind;
import org.vigia.service.TextNorm;
import org.vigia.service.watchlists.WatchMatcher;

/**
 * A watch matcher over two fixed lists, for tests until the real one is wired: the wanted person
 * ROJAS MENDOZA, Carlos born 1980-02-10, and the stolen Colombian passport AB123456.
 */
public final class FixedWatchMatcher implements WatchMatcher {
    public static final ListVersionRef PERSONS = new ListVersionRef(new UUID(0, 1), "Wanted persons",
            WatchListKind.PERSONS, "2026.3", LocalDate.of(2026, 3, 1));
    public static final ListVersionRef DOCUMENTS = new ListVersionRef(new UUID(0, 2), "Stolen and lost documents",
            WatchListKind.DOCUMENTS, "7", LocalDate.of(2026, 3, 10));

    /** Check ids passed to {@link #record}, with whether a transaction came with them. */
    public final List<UUID> recorded = new ArrayList<>();

    @Override
    public WatchCheckResult preview(CheckSubject s) {
        List<WatchHit> hits = new ArrayList<>();
        if (s.hasPerson() && TextNorm.fold(s.familyNames()).equals("ROJAS MENDOZA")
                && Objects.equals(s.birthDate(), LocalDate.of(1980, 2, 10))) {
            hits.add(new WatchHit(null, null, PERSONS, WatchListKind.PERSONS, new UUID(1, 1),
                    "ROJAS MENDOZA, Carlos", LocalDate.of(1980, 2, 10), "RED", "A-1234/2025", false, HitFollowUp.OPEN));
        }
        if (s.hasDocument() && s.docNumber().toUpperCase().replaceAll("[^A-Z0-9]", "").equals("AB123456")
                && s.docType() == DocumentType.Passport && "CO".equals(s.docCountry())) {
            hits.add(new WatchHit(null, null, DOCUMENTS, WatchListKind.DOCUMENTS, new UUID(1, 2),
                    "AB123456 · Passport · CO", null, null, null, false, HitFollowUp.OPEN));
        }
        return new WatchCheckResult(hits, List.of(PERSONS, DOCUMENTS));
    }

    @Override
    public WatchCheckResult record(DSLContext tx, UUID checkId, CheckSubject subject) {
        Objects.requireNonNull(tx);
        recorded.add(checkId);
        return preview(subject);
    }
}
