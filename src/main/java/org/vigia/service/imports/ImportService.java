package org.vigia.service.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.vigia.model.FieldError;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.service.Ids;
import org.vigia.service.ServiceContext;
import org.vigia.service.audit.AuditService;

/**
 * Imports a CSV file of one {@link ImportKind}. First pass: every row is read and checked, the
 * bad ones collected with their line and reasons. Second pass (unless the mode refuses the file
 * for its bad rows): the good rows are written in ONE transaction, each with the audit event its
 * service writes, then one IMPORT event summarising the file. A cancelled or failing import
 * writes nothing. The file is streamed: rows are never all held in memory.
 */
public final class ImportService {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int PROGRESS_EVERY = 256;

    private final ServiceContext ctx;
    private final AuditService audit;

    public ImportService(ServiceContext ctx, AuditService audit) {
        this.ctx = ctx;
        this.audit = audit;
    }

    /** Thrown when the listener cancelled the import: nothing was written. */
    public static final class CancelledException extends VigiaException {
        public CancelledException() {
            super("error.import.cancelled");
        }
    }

    public <T> ImportReport run(ImportKind<T> kind, Path file, ImportMode mode, ImportListener listener) {
        audit.access().require(kind.permission());
        List<String> required = new ArrayList<>(List.of(ImportKind.EXTERNAL_REF));
        required.addAll(kind.requiredColumns());
        List<RejectedRow> rejected = new ArrayList<>();
        List<ImportNotice> notices = new ArrayList<>();
        long rows;
        long size;
        try (CsvFile csv = CsvFile.open(file, required, kind.optionalColumns())) {
            size = csv.size();
            rows = check(kind, csv, rejected, notices, listener, 2 * size);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        boolean refuse = rows == rejected.size() || (mode == ImportMode.ALL_OR_NOTHING && !rejected.isEmpty());
        if (refuse) {
            listener.progress(2 * size, 2 * size);
            return new ImportReport(kind.name(), name, mode, rows, 0, 0, 0, rejected, false, notices);
        }
        long[] counts = ctx.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long[] c = write(kind, tx, file, required, rejected, listener, size);
            audit.append(tx, "IMPORT", "import", Ids.next(), String.format(java.util.Locale.ROOT,
                    "import of %s file %s (%s): %d rows, %d created, %d updated, %d unchanged, %d rejected",
                    kind.name(), name, mode.name(), rows, c[0], c[1], c[2], rejected.size()));
            return c;
        });
        listener.progress(2 * size, 2 * size);
        return new ImportReport(kind.name(), name, mode, rows, counts[0], counts[1], counts[2], rejected, true,
                notices);
    }

    private <T> long check(ImportKind<T> kind, CsvFile csv, List<RejectedRow> rejected, List<ImportNotice> notices,
                           ImportListener listener, long total) {
        Map<String, Long> refs = new HashMap<>();
        long rows = 0;
        for (Object next = csv.next(); next != null; next = csv.next()) {
            rows++;
            if (rows % PROGRESS_EVERY == 0) {
                stopIfCancelled(listener);
                listener.progress(csv.bytesRead(), total);
            }
            if (next instanceof CsvFile.Ragged r) {
                rejected.add(new RejectedRow(r.line(), r.externalRef(), List.of(
                        FieldError.of("", "error.import.row.fields", r.fields(), r.expected()))));
                continue;
            }
            ImportRow row = (ImportRow) next;
            String ref = row.get(ImportKind.EXTERNAL_REF);
            List<FieldError> errors = new ArrayList<>(refErrors(ref, row.line(), refs));
            try {
                T value = kind.parse(ctx.dsl(), row);
                if (errors.isEmpty()) {
                    errors.addAll(kind.clashes(value, row));
                }
                if (errors.isEmpty()) {
                    notices.addAll(kind.notices(value, row));
                }
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
            if (!errors.isEmpty()) {
                rejected.add(new RejectedRow(row.line(), ref, errors));
            }
        }
        stopIfCancelled(listener);
        return rows;
    }

    /** The reference is required, one line, at most REF_MAX characters, and once in the file. */
    private static List<FieldError> refErrors(String ref, long line, Map<String, Long> seen) {
        String col = ImportKind.EXTERNAL_REF;
        if (ref == null || ref.isEmpty()) {
            return List.of(FieldError.of(col, "validation.required"));
        }
        if (ref.length() > ImportKind.REF_MAX) {
            return List.of(FieldError.of(col, "validation.tooLong", ImportKind.REF_MAX));
        }
        if (CONTROL.matcher(ref).find()) {
            return List.of(FieldError.of(col, "validation.controlChars"));
        }
        Long first = seen.putIfAbsent(ref, line);
        if (first != null) {
            return List.of(FieldError.of(col, "error.import.row.repeatedRef", ref, first));
        }
        return List.of();
    }

    private <T> long[] write(ImportKind<T> kind, DSLContext tx, Path file, List<String> required,
                             List<RejectedRow> rejected, ImportListener listener, long size) {
        long[] counts = new long[3];
        int bad = 0;
        long rows = 0;
        try (CsvFile csv = CsvFile.open(file, required, kind.optionalColumns())) {
            for (Object next = csv.next(); next != null; next = csv.next()) {
                rows++;
                if (rows % PROGRESS_EVERY == 0) {
                    stopIfCancelled(listener);
                    listener.progress(size + csv.bytesRead(), 2 * size);
                }
                long line = next instanceof ImportRow r ? r.line() : ((CsvFile.Ragged) next).line();
                if (bad < rejected.size() && rejected.get(bad).line() == line) {
                    bad++;
                    continue;
                }
                if (!(next instanceof ImportRow row)) {
                    throw new VigiaException("error.import.changedMeanwhile", line);
                }
                T value;
                try {
                    value = kind.parse(tx, row);
                } catch (ValidationException e) {
                    throw new VigiaException("error.import.changedMeanwhile", line);
                }
                counts[kind.write(tx, value).ordinal()]++;
            }
        }
        stopIfCancelled(listener);
        return counts;
    }

    private static void stopIfCancelled(ImportListener listener) {
        if (listener.cancelled()) {
            throw new CancelledException();
        }
    }
}
