package org.vigia.model;

/**
 * Where an imported watch-list version stands. Label key watchlist.state.NAME. Only CURRENT
 * versions are matched; an IMPORTING version is never visible to checks.
 */
public enum WatchListState {
    IMPORTING, CURRENT, SUPERSEDED
}
