package org.vigia.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An offline watch list with its imported versions, newest first. */
public record WatchListInfo(UUID id, String name, WatchListKind kind, List<WatchListVersionInfo> versions) {
    public WatchListInfo {
        versions = List.copyOf(versions);
    }

    /** The version checks are matched against, if any. */
    public Optional<WatchListVersionInfo> current() {
        return versions.stream().filter(v -> v.state() == WatchListState.CURRENT).findFirst();
    }
}
