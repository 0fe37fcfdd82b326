package org.vigia.model;

import java.time.LocalDate;
import java.util.UUID;

/** One imported version of a watch list, as a check records it ("checked against"). */
public record ListVersionRef(UUID versionId, String listName, WatchListKind kind, String listVersion,
                             LocalDate listDate) {
}
