package org.vigia.service.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.vigia.model.Ages;
import org.vigia.testing.TestServices;

/**
 * The SQL minor flag answers as {@link Ages#minorOn} does, on H2 itself: around every 18th
 * birthday (the day before, on, after), for 29 February births, for ages at a date (where the
 * answer may be unknown), and for thousands of random cases.
 */
class MinorSqlTest {
    private static final TestServices T = TestServices.withOffice();

    @AfterAll
    static void close() {
        T.close();
    }

    private static Boolean sql(LocalDate birth, Integer age, LocalDate ageOn, LocalDate on) {
        return T.dsl().select(MinorSql.minorOn(DSL.val(birth, LocalDate.class), DSL.val(age, Integer.class),
                DSL.val(ageOn, LocalDate.class), DSL.val(on, LocalDate.class))).fetchOne(0, Boolean.class);
    }

    private record Case(LocalDate birth, Integer age, LocalDate ageOn, LocalDate on) {
    }

    private static void assertSame(List<Case> cases) {
        for (Case c : cases) {
            assertThat(sql(c.birth(), c.age(), c.ageOn(), c.on())).as("%s", c)
                    .isEqualTo(Ages.minorOn(c.birth(), c.age(), c.ageOn(), c.on()));
        }
    }

    @Test
    void aroundTheEighteenthBirthdayIncludingLeapDays() {
        List<Case> cases = new ArrayList<>();
        for (LocalDate birth : List.of(LocalDate.of(2008, 3, 10), LocalDate.of(2008, 2, 29), LocalDate.of(2007, 12, 31),
                LocalDate.of(2008, 1, 31), LocalDate.of(2004, 2, 29), LocalDate.of(2008, 8, 31))) {
            LocalDate eighteen = birth.plusYears(18);
            for (int d = -3; d <= 3; d++) {
                cases.add(new Case(birth, null, null, eighteen.plusDays(d)));
            }
        }
        assertSame(cases);
        assertThat(sql(LocalDate.of(2008, 2, 29), null, null, LocalDate.of(2026, 2, 28)))
                .as("Period counts 29 February's 18th birthday on 1 March").isTrue();
        assertThat(sql(LocalDate.of(2008, 2, 29), null, null, LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void anAgeAtADateIncludingTheUnknownAnswers() {
        List<Case> cases = new ArrayList<>();
        for (int age : new int[] {0, 16, 17, 18, 19, 40}) {
            for (LocalDate ageOn : List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 12, 31))) {
                for (int d : new int[] {-400, -1, 0, 1, 200, 364, 365, 366, 700}) {
                    cases.add(new Case(null, age, ageOn, ageOn.plusDays(d)));
                }
            }
        }
        assertSame(cases);
        assertThat(sql(null, 17, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 1))).as("17 or 18: cannot tell").isNull();
    }

    @Test
    void nothingKnownOrNoDateIsUnknown() {
        assertThat(sql(null, null, null, LocalDate.of(2026, 1, 1))).isNull();
        assertThat(sql(LocalDate.of(2010, 1, 1), null, null, null)).isNull();
        assertThat(sql(null, 10, LocalDate.of(2020, 1, 1), null)).isNull();
    }

    @Test
    void randomCasesAnswerAlike() {
        Random r = new Random(18);
        List<Case> cases = new ArrayList<>();
        LocalDate base = LocalDate.of(1995, 1, 1);
        for (int i = 0; i < 600; i++) {
            LocalDate on = base.plusDays(r.nextInt(12_000));
            if (r.nextBoolean()) {
                cases.add(new Case(on.minusDays(5_800 + r.nextInt(1_200)), null, null, on));
            } else {
                LocalDate ageOn = on.minusDays(r.nextInt(900) - 200);
                cases.add(new Case(null, 14 + r.nextInt(7), ageOn, on));
            }
        }
        assertSame(cases);
    }
}
