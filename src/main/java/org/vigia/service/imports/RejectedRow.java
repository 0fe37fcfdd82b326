package org.vigia.service.imports;

import java.util.List;
import org.vigia.model.FieldError;

/**
 * A row of an import file that was refused: the physical line where it starts, its external
 * reference (blank when missing) and the problems, each named by the file's column (the field of
 * an error is the column name; blank for a problem of the whole row).
 */
public record RejectedRow(long line, String externalRef, List<FieldError> errors) {
    public RejectedRow {
        externalRef = externalRef == null ? "" : externalRef;
        errors = List.copyOf(errors);
    }
}
