package org.vigia.model;

import java.util.List;

/** Input was refused; nothing was written. Lists every problem found, field by field. */
public class ValidationException extends VigiaException {
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("error.validation", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean hasErrorOn(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
