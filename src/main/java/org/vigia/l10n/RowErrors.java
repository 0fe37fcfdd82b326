package org.vigia.l10n;

import java.util.List;
import java.util.stream.Collectors;
import org.vigia.model.FieldError;

/** The reasons of a rejected import row, each after its column's name (as written in the file). */
public final class RowErrors {
    private RowErrors() {
    }

    public static String text(Messages m, List<FieldError> errors) {
        return errors.stream().map(e -> e.field().isEmpty() ? m.fieldError(e)
                : m.get("import.reason", e.field(), m.fieldError(e))).collect(Collectors.joining("; "));
    }
}
