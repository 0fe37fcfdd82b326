package org.vigia.model;

/** Field length limits of a victim's care (referrals, support plan, consent). */
public final class CareLimits {
    public static final int PROVIDER = 200;
    public static final int NOTES = 2000;
    public static final int OBJECTIVES = 2000;
    public static final int ACTIONS = 2000;
    public static final int ORGANISATION = 200;
    public static final int TAKEN_BY = 200;

    private CareLimits() {
    }
}
