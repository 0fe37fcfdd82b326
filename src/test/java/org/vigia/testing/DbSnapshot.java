package org.vigia.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.vigia.db.schema.DefaultSchema;

/**
 * The full content of every table of the schema (rows ordered by primary key, as text), so a
 * test can assert "the database is unchanged" after refused input with one comparison.
 */
public record DbSnapshot(Map<String, String> tables) {

    public static DbSnapshot of(DSLContext dsl) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            tables.put(table.getName(), dsl.selectFrom(table)
                    // key rows without a primary key (watch_person_key) are ordered by every column
                    .orderBy(table.getPrimaryKey() == null ? List.of(table.fields())
                            : table.getPrimaryKey().getFields())
                    .fetch().formatCSV());
        }
        return new DbSnapshot(tables);
    }

    /** Number of data lines of one table (the CSV has a header line). */
    public long rows(String table) {
        return tables.get(table).lines().count() - 1;
    }
}
