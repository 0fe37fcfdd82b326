package org.vigia.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.vigia.model.FieldError;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;

/** Asserts that an action is refused with a clear error and leaves the database as it was. */
public final class Refusals {
    private Refusals() {
    }

    /** Runs {@code action}, expects a {@link ValidationException} and no change in any table. */
    public static ValidationException validation(TestServices t, Runnable action) {
        return refused(t, action, ValidationException.class);
    }

    /** Runs {@code action}, expects {@code type} and no change in any table. */
    public static <E extends VigiaException> E refused(TestServices t, Runnable action, Class<E> type) {
        DbSnapshot before = t.snapshot();
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(type);
        assertThat(t.snapshot()).as("database after the refused action").isEqualTo(before);
        return type.cast(thrown);
    }

    /** Field names of a validation error, in order. */
    public static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    /** The single error on {@code field}: asserts there is exactly one error and returns its key. */
    public static String onlyErrorKey(ValidationException e, String field) {
        assertThat(fields(e)).as("fields in error").containsExactly(field);
        return e.errors().get(0).key();
    }
}
