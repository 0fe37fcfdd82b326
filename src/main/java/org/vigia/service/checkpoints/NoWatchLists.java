package org.vigia.service.checkpoints;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.vigia.model.CheckSubject;
import org.vigia.model.WatchCheckResult;
import org.vigia.service.watchlists.WatchMatcher;

/**
 * A matcher with no lists: every check is "no hit in 0 lists". Wired until the offline watch
 * lists' matcher (service.watchlists) takes its place.
 */
public final class NoWatchLists implements WatchMatcher {
    @Override
    public WatchCheckResult preview(CheckSubject subject) {
        return new WatchCheckResult(List.of(), List.of());
    }

    @Override
    public WatchCheckResult record(DSLContext tx, UUID checkId, CheckSubject subject) {
        return preview(subject);
    }
}
