package org.vigia.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One imported version of a watch list: its number, date and source as the file says, its state and size. */
public record WatchListVersionInfo(UUID id, String listVersion, LocalDate listDate, String source,
                                   WatchListState state, long entryCount, Instant importedAt, String importedBy) {
}
