package org.vigia.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseSort;
import org.vigia.model.CaseStatus;
import org.vigia.testing.TestServices;

/** The benchmark's bulk fill leaves the kept counts as the case service would have kept them. */
class CaseBenchmarkFillTest {
    @Test
    void fillCountsEveryWordOfTheGeneratedCases() {
        try (TestServices t = TestServices.withOffice()) {
            t.app().caseBenchmark().fill(400, done -> { });
            var dsl = t.dsl();
            List<String> kept = dsl.fetch("SELECT word, status, operation_key, offence_mask, cases FROM case_word_count "
                    + "ORDER BY 1, 2, 3, 4").map(r -> r.intoList().toString());
            List<String> recounted = dsl.fetch("""
                    SELECT word, status, COALESCE(operation_id, CAST('00000000-0000-0000-0000-000000000000' AS UUID)),
                           offence_mask, COUNT(*)
                    FROM case_word GROUP BY word, status, operation_id, offence_mask ORDER BY 1, 2, 3, 4""")
                    .map(r -> r.intoList().toString());

            assertThat(kept).hasSizeGreaterThan(400).isEqualTo(recounted);
            long terminal = dsl.fetchOne("SELECT COUNT(DISTINCT case_id) FROM case_word WHERE word = 'TERMINAL'")
                    .get(0, Long.class);
            assertThat(terminal).isPositive();
            assertThat(t.cases().count(new CaseQuery("terminal", null, null, null, CaseSort.NUMBER, true)))
                    .isEqualTo(terminal);
            long activeTerminal = dsl.fetchOne("SELECT COUNT(*) FROM case_word w JOIN case_file f ON f.id = w.case_id "
                    + "WHERE w.word = 'TERMINAL' AND f.status = 'Active'").get(0, Long.class);
            assertThat(t.cases().count(new CaseQuery("terminal", null, CaseStatus.Active, null, CaseSort.NUMBER, true)))
                    .isEqualTo(activeTerminal);
        }
    }
}
