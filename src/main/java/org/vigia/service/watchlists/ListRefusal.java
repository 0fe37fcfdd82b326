package org.vigia.service.watchlists;

import java.util.List;
import org.vigia.model.FieldError;
import org.vigia.model.VigiaException;

/** A list file refused as a whole (header block, columns, encoding...): the problems, by header key or column. */
final class ListRefusal extends VigiaException {
    private final transient List<FieldError> problems;

    ListRefusal(List<FieldError> problems) {
        super(problems.get(0).key(), problems.get(0).args().toArray());
        this.problems = List.copyOf(problems);
    }

    static ListRefusal of(String field, String key, Object... args) {
        return new ListRefusal(List.of(FieldError.of(field, key, args)));
    }

    List<FieldError> problems() {
        return problems;
    }
}
