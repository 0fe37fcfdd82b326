package org.vigia.service.watchlists;

import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.model.CheckSubject;
import org.vigia.model.WatchCheckResult;

/**
 * Matches a checkpoint check against the CURRENT version of every offline watch list: a document
 * by normalised number + type + issuing country; a person by phonetic, accent-insensitive name
 * and date of birth within a tolerance. Works with no connection: the lists are in the database.
 */
public interface WatchMatcher {
    /** What the check would hit now, without writing anything (the entry form's live result). */
    WatchCheckResult preview(CheckSubject subject);

    /**
     * Inside the caller's transaction {@code tx}: matches the saved check {@code checkId}, stores
     * the list versions it was checked against (border_check_list) and its hits (watch_hit).
     */
    WatchCheckResult record(DSLContext tx, UUID checkId, CheckSubject subject);
}
