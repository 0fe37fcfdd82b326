package org.vigia.model;

/** The figures of a whole range: transit points with controls, controls, and the counts of all. */
public record CheckpointTotals(long points, long controls, CheckpointCounts counts) {
}
