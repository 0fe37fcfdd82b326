package org.vigia.service.watchlists;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vigia.model.FieldError;
import org.vigia.service.imports.Utf8Reader;

/**
 * One pass over a list file (docs/watchlist-csv.md): strict UTF-8, RFC 4180 CSV; the header
 * block ({@code key,value} lines), then the column header, then the rows. Opening reads and
 * checks the header block and the columns; {@link #next()} streams the rows, never holding them.
 */
final class ListFile implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final char[] OTHER_DELIMITERS = {';', '\t', '|'};

    /** A data row: the physical line it starts on and its fields. */
    record Row(long line, String[] values) {
    }

    private final MessageDigest digest;
    private final Utf8Reader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final long size;
    private final Map<String, String> headerValues = new HashMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private ListHeader header;
    private long lineAfter;

    private ListFile(Path file) {
        try {
            this.size = Files.size(file);
            this.digest = MessageDigest.getInstance("SHA-256");
            InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
            this.reader = new Utf8Reader(new BufferedInputStream(in, 64 * 1024));
            this.parser = CSVParser.parse(reader, FORMAT);
            this.records = parser.iterator();
        } catch (NoSuchFileException e) {
            throw ListRefusal.of("", "error.import.notFound", file.toString());
        } catch (IOException e) {
            throw ListRefusal.of("", "error.import.unreadable", file.toString());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code file} and reads its header block and column header; refuses a file whose head is wrong. */
    static ListFile open(Path file, java.time.LocalDate today) {
        if (Files.isDirectory(file)) {
            throw ListRefusal.of("", "error.import.unreadable", file.toString());
        }
        ListFile f = new ListFile(file);
        try {
            f.readHead(today);
            return f;
        } catch (RuntimeException e) {
            f.close();
            throw e;
        }
    }

    ListHeader header() {
        return header;
    }

    Map<String, Integer> columns() {
        return columns;
    }

    long size() {
        return size;
    }

    long bytesRead() {
        return reader.bytesRead();
    }

    /** The SHA-256 of the file, once every row was read. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void readHead(java.time.LocalDate today) {
        CSVRecord r = nextNonBlank();
        if (r == null) {
            throw ListRefusal.of("", "watchlist.error.empty");
        }
        if (r.size() == 1) {
            for (char d : OTHER_DELIMITERS) {
                if (r.get(0).indexOf(d) >= 0) {
                    throw ListRefusal.of("", "error.import.delimiter", d == '\t' ? "TAB" : String.valueOf(d));
                }
            }
        }
        if (!ListFormat.HEADER_KEYS.contains(key(r))) {
            throw ListRefusal.of("", "watchlist.error.noHeaderBlock", String.join(", ", ListFormat.HEADER_KEYS));
        }
        List<FieldError> problems = new ArrayList<>();
        while (r != null && ListFormat.HEADER_KEYS.contains(key(r))) {
            String key = key(r);
            if (r.size() != 2) {
                problems.add(FieldError.of(key, "watchlist.error.headerLine", recordLine));
            } else if (headerValues.putIfAbsent(key, r.get(1).strip()) != null) {
                problems.add(FieldError.of(key, "watchlist.error.headerRepeated", recordLine));
            }
            r = nextNonBlank();
        }
        ListHeader parsed = ListHeader.parse(headerValues, today, problems);
        if (!problems.isEmpty()) {
            throw new ListRefusal(problems);
        }
        if (r == null) {
            throw ListRefusal.of("", "watchlist.error.noColumns", String.join(",", ListFormat.columns(parsed.kind())));
        }
        columns(r, parsed);
        this.header = parsed;
    }

    private void columns(CSVRecord r, ListHeader h) {
        List<String> names = r.toList().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (columns.putIfAbsent(names.get(i), i) != null && !repeated.contains(names.get(i))) {
                repeated.add(names.get(i));
            }
        }
        if (!repeated.isEmpty()) {
            throw ListRefusal.of("", "error.import.repeatedColumns", String.join(", ", repeated));
        }
        List<String> known = ListFormat.columns(h.kind());
        List<String> missing = ListFormat.required(h.kind()).stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ListRefusal.of("", "watchlist.error.missingColumns", h.kind().name(), String.join(", ", missing),
                    String.join(",", known));
        }
        List<String> unknown = names.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw ListRefusal.of("", "error.import.unknownColumns",
                    String.join(", ", unknown.stream().map(c -> c.isEmpty() ? "\"\"" : c).toList()),
                    String.join(", ", known));
        }
    }

    private static String key(CSVRecord r) {
        return r.get(0).strip().toLowerCase(Locale.ROOT);
    }

    /** The next data row, or null at the end; blank lines are skipped. */
    Row next() {
        CSVRecord r = nextNonBlank();
        return r == null ? null : new Row(recordLine, r.values());
    }

    private long recordLine;

    private CSVRecord nextNonBlank() {
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
            recordLine = start;
            return r;
        }
    }

    private CSVRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Utf8Reader.NotUtf8Exception n) {
                throw ListRefusal.of("", "error.import.encoding", n.line);
            }
            throw ListRefusal.of("", "error.import.malformed", lineAfter + 1);
        } catch (IllegalStateException e) {
            throw ListRefusal.of("", "error.import.malformed", lineAfter + 1);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing was written from this file yet, or everything was
        }
    }
}
