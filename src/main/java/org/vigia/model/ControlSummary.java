package org.vigia.model;

/**
 * A control as listed: with its operation's code, its point, how many checks it has and the
 * totals of its tallies (counted apart: a tally is never a check).
 */
public record ControlSummary(CheckpointControl control, String operationCode, String pointName,
                             TransitPointType pointType, String pointCountry, long checks, long tallies,
                             long tallyPersons, long tallyDocuments, long tallyHits) {
}
