package org.vigia.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** V4 fills the new sort keys, offence masks and counts of cases saved before it. */
class CaseSearchKeysMigrationTest {
    private static final String URL = "jdbc:h2:mem:v4migration";

    @Test
    void existingCasesGetTheirSortKeysAndOffenceMask() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                    .target("3").load().migrate();
            DSLContext dsl = DSL.using(c, SQLDialect.H2);
            dsl.execute("""
                    INSERT INTO case_file (id, site_id, created_at, created_by, updated_at, updated_by,
                        case_number, case_number_norm, title, offences, status, lead_investigator,
                        opened_on, country, search_text)
                    VALUES ('01a21131-0000-7000-8000-000000000001', '01a21131-0000-7000-8000-0000000000aa',
                        CURRENT_TIMESTAMP, 'x', CURRENT_TIMESTAMP, 'x', 'CO-BOG-2026-7', 'CO-BOG-2026-7',
                        'Puerto', ARRAY['DocumentFraud', 'ForcedLabour'], 'Active', 'Ana', DATE '2026-02-03',
                        'CO', 'CO-BOG-2026-7 PUERTO')""");
            dsl.execute("INSERT INTO case_word (word, case_id, status) VALUES "
                    + "('PUERTO', '01a21131-0000-7000-8000-000000000001', 'Active')");
            dsl.execute("INSERT INTO case_offence (offence, case_id, status) VALUES "
                    + "('ForcedLabour', '01a21131-0000-7000-8000-000000000001', 'Active')");

            Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

            Record word = dsl.fetchOne("SELECT offence_mask, case_number_norm, opened_on FROM case_word");
            assertThat(word.get(0, Integer.class)).isEqualTo(4 | 16);
            assertThat(word.get(1, String.class)).isEqualTo("CO-BOG-2026-7");
            assertThat(word.get(2, java.time.LocalDate.class)).isEqualTo(java.time.LocalDate.of(2026, 2, 3));
            Record offence = dsl.fetchOne("SELECT case_number_norm, opened_on FROM case_offence");
            assertThat(offence.get(0, String.class)).isEqualTo("CO-BOG-2026-7");
            assertThat(offence.get(1, java.time.LocalDate.class)).isEqualTo(java.time.LocalDate.of(2026, 2, 3));
            assertThat(dsl.fetchOne("SELECT offence_mask FROM case_file").get(0, Integer.class)).isEqualTo(4 | 16);
            Record count = dsl.fetchOne("SELECT status, operation_key, offence_mask, cases FROM case_count");
            assertThat(count.get(0, String.class)).isEqualTo("Active");
            assertThat(count.get(1, java.util.UUID.class)).isEqualTo(new java.util.UUID(0, 0));
            assertThat(count.get(2, Integer.class)).isEqualTo(4 | 16);
            assertThat(count.get(3, Long.class)).isEqualTo(1L);
            assertThat(List.of(org.vigia.model.OffenceType.DocumentFraud.bit(),
                    org.vigia.model.OffenceType.ForcedLabour.bit())).containsExactly(4, 16);
        }
    }
}
