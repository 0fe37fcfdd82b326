package org.vigia.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** V9 counts the words of cases saved before it, and adds the word-led sort indexes. */
class CaseWordCountMigrationTest {
    private static final String URL = "jdbc:h2:mem:v9migration";
    private static final String A = "01a21131-0000-7000-8000-000000000001";
    private static final String B = "01a21131-0000-7000-8000-000000000002";
    private static final String OP = "01a21131-0000-7000-8000-0000000000bb";

    @Test
    void existingWordsAreCountedByStatusOperationAndOffences() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                    .target("8").load().migrate();
            DSLContext dsl = DSL.using(c, SQLDialect.H2);
            dsl.execute("SET REFERENTIAL_INTEGRITY FALSE"); // word rows without their cases: counts only
            dsl.execute("INSERT INTO case_word (word, case_id, status, operation_id, offence_mask, case_number_norm, opened_on) VALUES "
                    + "('puerto', '" + A + "', 'Active', NULL, 4, 'N-1', DATE '2026-01-01'), "
                    + "('puerto', '" + B + "', 'Active', NULL, 4, 'N-2', DATE '2026-01-02'), "
                    + "('mina', '" + B + "', 'Active', NULL, 4, 'N-2', DATE '2026-01-02'), "
                    + "('mina', '" + A + "', 'Closed', '" + OP + "', 1, 'N-1', DATE '2026-01-01')");

            Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

            List<String> counts = dsl.fetch("SELECT word, status, operation_key, offence_mask, cases "
                    + "FROM case_word_count ORDER BY word, status").map(r -> r.get(0) + " " + r.get(1) + " "
                    + r.get(2, UUID.class) + " " + r.get(3) + " " + r.get(4));
            assertThat(counts).containsExactly(
                    "mina Active " + new UUID(0, 0) + " 4 1",
                    "mina Closed " + OP + " 1 1",
                    "puerto Active " + new UUID(0, 0) + " 4 2");
            assertThat(dsl.fetch("SELECT index_name FROM information_schema.indexes WHERE table_name = 'CASE_WORD'")
                    .map(r -> r.get(0, String.class)))
                    .contains("CASE_WORD_NUMBER_IDX", "CASE_WORD_OPENED_IDX", "CASE_WORD_STATUS_IDX");
        }
    }
}
