package org.vigia.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFieldsTest {
    @Test
    void readsTheLocalShortFormatWithAFullYear() {
        var en = DateFields.shortWithFullYear(Locale.US);
        var es = DateFields.shortWithFullYear(Locale.forLanguageTag("es-CO"));
        assertThat(en.format(LocalDate.of(2026, 11, 28))).isEqualTo("11/28/2026");
        assertThat(es.format(LocalDate.of(2026, 11, 28))).isEqualTo("28/11/2026");
        assertThat(DateFields.parse("4/3/2018", en)).isEqualTo(LocalDate.of(2018, 4, 3));
        assertThat(DateFields.parse("3/4/2018", es)).isEqualTo(LocalDate.of(2018, 4, 3));
        assertThat(DateFields.parse("2018-04-03", es)).isEqualTo(LocalDate.of(2018, 4, 3));
    }

    @Test
    void impossibleOrMalformedDatesAreNotDates() {
        var en = DateFields.shortWithFullYear(Locale.US);
        assertThat(DateFields.parse("2/31/2026", en)).isNull();
        assertThat(DateFields.parse("13/1/2026", en)).isNull();
        assertThat(DateFields.parse("99/99/zz", en)).isNull();
        assertThat(DateFields.parse("   ", en)).isNull();
        assertThat(DateFields.parse(null, en)).isNull();
    }
}
