package org.vigia.service.imports;

import java.util.Map;

/** One data row of an import file, read by column name (names as in the header, lower case). */
public final class ImportRow {
    private final long line;
    private final Map<String, Integer> columns;
    private final String[] values;

    ImportRow(long line, Map<String, Integer> columns, String[] values) {
        this.line = line;
        this.columns = columns;
        this.values = values;
    }

    /** The physical line of the file where the row starts (1 is the header). */
    public long line() {
        return line;
    }

    /** The value of {@code column} with surrounding blanks removed; null when the file has no such column. */
    public String get(String column) {
        Integer i = columns.get(column);
        return i == null ? null : values[i].strip();
    }

    /** The value as written (multi-line text keeps its leading blanks); null when absent. */
    public String raw(String column) {
        Integer i = columns.get(column);
        return i == null ? null : values[i];
    }

    /** Whether the value of {@code column} is absent or blank. */
    public boolean blank(String column) {
        String v = get(column);
        return v == null || v.isEmpty();
    }
}
