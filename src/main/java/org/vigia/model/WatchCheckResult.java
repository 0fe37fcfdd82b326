package org.vigia.model;

import java.util.List;

/** The outcome of matching one check: the hits, and every current list version checked against. */
public record WatchCheckResult(List<WatchHit> hits, List<ListVersionRef> checkedAgainst) {
    public WatchCheckResult {
        hits = List.copyOf(hits);
        checkedAgainst = List.copyOf(checkedAgainst);
    }

    public boolean hit() {
        return !hits.isEmpty();
    }
}
