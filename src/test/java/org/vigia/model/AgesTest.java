package org.vigia.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Minor or adult on a date, from a date of birth or from an age at a date. */
class AgesTest {
    private static final LocalDate BORN = LocalDate.of(2008, 3, 15);

    @Test
    void fromTheDateOfBirthTheEighteenthBirthdayIsTheLine() {
        assertThat(Ages.minorOn(BORN, null, null, LocalDate.of(2026, 3, 14))).isTrue();
        assertThat(Ages.minorOn(BORN, null, null, LocalDate.of(2026, 3, 15))).isFalse();
        assertThat(Ages.minorOn(BORN, null, null, LocalDate.of(2010, 1, 1))).isTrue();
        // a known date of birth wins over an age also given
        assertThat(Ages.minorOn(BORN, 40, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 14))).isTrue();
    }

    @Test
    void fromAnAgeAtADateOnlyWhenTheAnswerIsCertain() {
        LocalDate ageOn = LocalDate.of(2025, 6, 1);
        assertThat(Ages.minorOn(null, 15, ageOn, LocalDate.of(2026, 6, 1))).as("16 or 17 a year later").isTrue();
        assertThat(Ages.minorOn(null, 16, ageOn, LocalDate.of(2026, 5, 31))).as("16 or 17 the day before").isTrue();
        assertThat(Ages.minorOn(null, 17, ageOn, LocalDate.of(2025, 6, 1))).as("17 on that day").isTrue();
        assertThat(Ages.minorOn(null, 17, ageOn, LocalDate.of(2025, 12, 1))).as("17 or 18 half a year later").isNull();
        assertThat(Ages.minorOn(null, 17, ageOn, LocalDate.of(2026, 6, 1))).as("18 or 19 a year later").isFalse();
        assertThat(Ages.minorOn(null, 18, ageOn, LocalDate.of(2025, 1, 1))).as("17 or 18 before").isNull();
        assertThat(Ages.minorOn(null, 30, ageOn, LocalDate.of(2020, 1, 1))).isFalse();
    }

    @Test
    void unknownWhenNothingIsKnown() {
        assertThat(Ages.minorOn(null, null, null, LocalDate.of(2026, 1, 1))).isNull();
        assertThat(Ages.minorOn(BORN, null, null, null)).isNull();
        assertThat(Ages.minorOn(null, 15, null, LocalDate.of(2026, 1, 1))).isNull();
    }
}
