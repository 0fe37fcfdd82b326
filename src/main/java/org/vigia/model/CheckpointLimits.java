package org.vigia.model;

/** Field limits of transit points, controls, checks and tallies (the columns of V19). */
public final class CheckpointLimits {
    public static final int POINT_NAME = 200;
    public static final int OFFICERS = 1000;
    public static final int CONTROL_NOTES = 2000;
    public static final int NAME = 100;
    public static final int DOC_NUMBER = 40;
    public static final int CONVEYANCE_REF = 60;
    public static final int CHECK_NOTES = 2000;
    public static final int TALLY_NOTE = 2000;
    public static final int EXTERNAL_REF = 100;
    /** The largest count of one tally. */
    public static final int MAX_TALLY = 10_000_000;
    /** The longest shift accepted, in hours. */
    public static final int MAX_SHIFT_HOURS = 72;

    private CheckpointLimits() {
    }
}
