package org.vigia.model;

import java.time.LocalDate;
import java.time.Period;

/** Ages computed from what is known of a birth: a date of birth, or an age at a date. */
public final class Ages {
    public static final int ADULT = 18;

    private Ages() {
    }

    /**
     * Whether someone was under 18 on {@code on}: from the date of birth when known, else from
     * the age {@code ageYears} on {@code ageOn}. Null when nothing is known, when {@code on} is
     * null, or when an age at a date leaves both answers possible (a 17-year-old a year later).
     */
    public static Boolean minorOn(LocalDate birthDate, Integer ageYears, LocalDate ageOn, LocalDate on) {
        if (on == null) {
            return null;
        }
        if (birthDate != null) {
            return Period.between(birthDate, on).getYears() < ADULT;
        }
        if (ageYears == null || ageOn == null) {
            return null;
        }
        // born after ageOn - (age + 1) years and at most ageOn - age years
        LocalDate latestBirth = ageOn.minusYears(ageYears);
        LocalDate earliestBirth = ageOn.minusYears(ageYears + 1L).plusDays(1);
        boolean youngest = Period.between(latestBirth, on).getYears() < ADULT;
        boolean oldest = Period.between(earliestBirth, on).getYears() < ADULT;
        if (youngest == oldest) {
            return youngest;
        }
        return null;
    }
}
