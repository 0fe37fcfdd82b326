package org.vigia.service.protection;

import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.vigia.model.Ages;

/**
 * {@link Ages#minorOn} as an SQL expression, so the view filters and sorts minors in the
 * database: the same answer (true, false, or null when unknown) for the same birth data and
 * date. {@code Period.between(birth, on).getYears() < 18} counts whole months, then drops one
 * when the day of the month is not reached: under 18 means fewer than 216 months apart, or 216
 * with the day of {@code on} before the day of birth. An age at a date gives the latest and the
 * earliest possible birth (as {@code LocalDate.minusYears} does it, which H2's DATEADD matches);
 * when both answers agree that is the answer, else unknown. MinorSqlTest compares both on H2.
 */
final class MinorSql {
    private static final int MONTHS = Ages.ADULT * 12;

    private MinorSql() {
    }

    /** Whether someone born on {@code birth} was under 18 on {@code on} (null when either is null). */
    static Condition minorByBirth(Field<LocalDate> birth, Field<LocalDate> on) {
        Field<Integer> months = DSL.year(on).mul(12).plus(DSL.month(on))
                .minus(DSL.year(birth).mul(12).plus(DSL.month(birth)));
        return months.lt(MONTHS).or(months.eq(MONTHS).and(DSL.day(on).lt(DSL.day(birth))));
    }

    /** The minor flag: TRUE, FALSE or NULL, with the meaning of {@link Ages#minorOn}. */
    static Field<Boolean> minorOn(Field<LocalDate> birthDate, Field<Integer> ageYears, Field<LocalDate> ageOn,
                                  Field<LocalDate> on) {
        Field<LocalDate> latest = yearsBefore(ageYears, ageOn);
        Field<LocalDate> earliest = DSL.field("DATEADD(DAY, 1, {0})", LocalDate.class,
                yearsBefore(ageYears.plus(1), ageOn));
        Condition youngest = minorByBirth(latest, on);
        Condition oldest = minorByBirth(earliest, on);
        return DSL.when(on.isNull(), DSL.inline((Boolean) null))
                .when(birthDate.isNotNull(), DSL.field(minorByBirth(birthDate, on)))
                .when(ageYears.isNull().or(ageOn.isNull()), DSL.inline((Boolean) null))
                .when(youngest.and(oldest), DSL.inline(true))
                .when(youngest.not().and(oldest.not()), DSL.inline(false))
                .otherwise(DSL.inline((Boolean) null));
    }

    private static Field<LocalDate> yearsBefore(Field<Integer> years, Field<LocalDate> date) {
        return DSL.field("DATEADD(YEAR, -({0}), {1})", LocalDate.class, years, date);
    }
}
