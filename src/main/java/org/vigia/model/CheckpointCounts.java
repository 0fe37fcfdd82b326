package org.vigia.model;

/**
 * The checkpoint figures of one scope (a control, a transit point, or every control of a range),
 * counted checks and tallies kept apart, never added together.
 * <ul>
 * <li>{@code checks}: counted check rows; {@code persons}: those with a person part (a name);
 * {@code documents}: those with a document number (a check may be both).</li>
 * <li>{@code hits}: counted checks that hit, each counted once: a result other than NO_HIT
 * (HIT_PENDING, HIT_CONFIRMED, HIT_DISCARDED) or at least one live watch-list hit (found at entry
 * or late); {@code hitsConfirmed}: of those, a result HIT_CONFIRMED or a watch-list hit whose
 * follow-up is CONFIRMED.</li>
 * <li>{@code irregularMigrants}, {@code victims}, {@code arrests}: counted checks whose action is
 * IRREGULAR_MIGRANT, VICTIM_IDENTIFIED, SUSPECT_ARRESTED; {@code migrants} breaks the first down.</li>
 * <li>{@code tallies}: tally rows; {@code talliedPersons}, {@code talliedDocuments},
 * {@code talliedHits}: their sums.</li>
 * </ul>
 */
public record CheckpointCounts(long checks, long persons, long documents, long hits, long hitsConfirmed,
                               long irregularMigrants, long victims, long arrests, long tallies,
                               long talliedPersons, long talliedDocuments, long talliedHits,
                               MigrantBreakdown migrants) {
    public static final CheckpointCounts NONE = new CheckpointCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            MigrantBreakdown.NONE);

    public CheckpointCounts {
        migrants = migrants == null ? MigrantBreakdown.NONE : migrants;
    }
}
