package org.vigia.model;

/** A check just saved, with what the watch lists said about it. */
public record RecordedCheck(BorderCheck check, WatchCheckResult watch) {
}
