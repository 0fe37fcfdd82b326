package org.vigia.model;

import java.util.List;

/** A problem with one field of a form: the field's name, a message key and its arguments. */
public record FieldError(String field, String key, List<Object> args) {
    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, List.of(args));
    }
}
