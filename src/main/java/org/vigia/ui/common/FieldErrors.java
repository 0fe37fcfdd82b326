package org.vigia.ui.common;

import java.util.Map;
import org.vigia.l10n.Messages;
import org.vigia.model.FieldError;
import org.vigia.model.ValidationException;

/** How every form shows a refusal: each field's first error beside it, and the whole reason as a message. */
public final class FieldErrors {
    private FieldErrors() {
    }

    /** Puts a validation refusal's errors on their fields; returns the message to show. */
    public static String show(Throwable t, Map<String, String> errors, Messages m) {
        if (t instanceof ValidationException v) {
            for (FieldError e : v.errors()) {
                errors.putIfAbsent(e.field(), m.fieldError(e));
            }
        }
        return m.error(t);
    }
}
