package org.vigia.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vigia.model.VigiaException;

/**
 * One pass over an import file: UTF-8 (strict), comma-separated, RFC 4180 quoting (quoted fields
 * may hold commas, quotes doubled, line breaks), a header row first. The header is checked on
 * opening: every required column present, no unknown or repeated column. Blank lines are skipped.
 */
final class CsvFile implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false).get();
    private static final char[] OTHER_DELIMITERS = {';', '\t', '|'};

    private final Utf8Reader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final long size;
    private long lineAfter;

    /** A data row whose number of fields is not the header's. */
    record Ragged(long line, int fields, int expected, String externalRef) {
    }

    private CsvFile(Path file, Set<String> required, Set<String> known) {
        try {
            this.size = Files.size(file);
            InputStream in = Files.newInputStream(file);
            this.reader = new Utf8Reader(new java.io.BufferedInputStream(in, 64 * 1024));
            this.parser = CSVParser.parse(reader, FORMAT);
            this.records = parser.iterator();
        } catch (NoSuchFileException e) {
            throw new VigiaException("error.import.notFound", file.toString());
        } catch (IOException e) {
            throw new VigiaException("error.import.unreadable", file.toString());
        }
        try {
            header(required, known);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /** Opens {@code file} and checks its header against the columns of the kind. */
    static CsvFile open(Path file, List<String> required, List<String> optional) {
        Set<String> req = new LinkedHashSet<>(required);
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(optional);
        if (Files.isDirectory(file)) {
            throw new VigiaException("error.import.unreadable", file.toString());
        }
        return new CsvFile(file, req, known);
    }

    long size() {
        return size;
    }

    long bytesRead() {
        return reader.bytesRead();
    }

    Map<String, Integer> columns() {
        return columns;
    }

    private void header(Set<String> required, Set<String> known) {
        CSVRecord first = nextRecord();
        while (first != null && first.size() == 1 && first.get(0).isBlank()) {
            first = nextRecord(); // blank lines before the header
        }
        if (first == null) {
            throw new VigiaException("error.import.empty");
        }
        lineAfter = parser.getCurrentLineNumber();
        List<String> names = first.toList().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        if (names.size() == 1) {
            for (char d : OTHER_DELIMITERS) {
                if (names.get(0).indexOf(d) >= 0) {
                    throw new VigiaException("error.import.delimiter", d == '\t' ? "TAB" : String.valueOf(d));
                }
            }
        }
        List<String> missing = required.stream().filter(c -> !names.contains(c)).toList();
        if (missing.size() == required.size()) {
            throw new VigiaException("error.import.noHeader", String.join(",", required));
        }
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (columns.putIfAbsent(names.get(i), i) != null && !repeated.contains(names.get(i))) {
                repeated.add(names.get(i));
            }
        }
        if (!repeated.isEmpty()) {
            throw new VigiaException("error.import.repeatedColumns", String.join(", ", repeated));
        }
        if (!missing.isEmpty()) {
            throw new VigiaException("error.import.missingColumns", String.join(", ", missing));
        }
        List<String> unknown = names.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new VigiaException("error.import.unknownColumns",
                    String.join(", ", unknown.stream().map(c -> c.isEmpty() ? "\"\"" : c).toList()),
                    String.join(", ", known));
        }
    }

    /**
     * The next data row, a {@link Ragged} row, or null at the end. Blank lines are skipped.
     */
    Object next() {
        while (true) {
            long start = lineAfter + 1;
            CSVRecord r = nextRecord();
            if (r == null) {
                return null;
            }
            lineAfter = parser.getCurrentLineNumber();
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            if (r.size() != columns.size()) {
                Integer ref = columns.get(ImportKind.EXTERNAL_REF);
                String value = ref != null && ref < r.size() ? r.get(ref).strip() : "";
                return new Ragged(start, r.size(), columns.size(), value);
            }
            return new ImportRow(start, columns, r.values());
        }
    }

    private CSVRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Utf8Reader.NotUtf8Exception n) {
                throw new VigiaException("error.import.encoding", n.line);
            }
            throw new VigiaException("error.import.malformed", lineAfter + 1);
        } catch (IllegalStateException e) {
            throw new VigiaException("error.import.malformed", lineAfter + 1);
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            // already failing
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
